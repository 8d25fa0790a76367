import { loadOwnedOr404 } from "@stepperslife/ui/server";
import { auth, db } from "@/vertical";
import { findOwnedEvent } from "@/server/organizer/find-owned-event";

/** For the dashboard's event pages: the signed-in organizer and their event, or the 404 page (never someone else's). */
export async function loadOwned(params: Promise<{ id: string }>, section: string) {
  const { owner, row } = await loadOwnedOr404({
    params,
    requireOwner: (path) => auth.requireOwner(path),
    callbackPath: (id) => `/dashboard/events/${id}${section}`,
    db: db(),
    load: ({ db, ownerId, id }) => findOwnedEvent({ db, organizerId: ownerId, eventId: id }),
  });
  return { organizer: owner, event: row };
}
