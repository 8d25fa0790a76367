import { AppError } from "@stepperslife/http";
import { notFound } from "next/navigation";
import { auth, db } from "@/vertical";
import { findOwnedEvent } from "@/server/organizer/find-owned-event";

/** For the dashboard's event pages: the signed-in organizer and their event, or the 404 page (never someone else's). */
export async function loadOwned(params: Promise<{ id: string }>, section: string) {
  const { id } = await params;
  const organizer = await auth.requireOwner(`/dashboard/events/${id}${section}`);
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const event = await findOwnedEvent({ db: db(), organizerId: organizer.id, eventId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { organizer, event };
}
