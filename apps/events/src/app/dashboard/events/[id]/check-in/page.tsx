import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { DoorCheckIn } from "@/components/door-check-in";
import { OrganizerNav } from "@/components/organizer-nav";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Door check-in" };

/** The door: type or scan a ticket code; each ticket gets in once. */
export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const { event } = await loadOwned(params, "/check-in");
  return (
    <OwnerPage title={`Door check-in for ${event.title}`} nav={<OrganizerNav eventId={event.id} title={event.title} />}>
      <DoorCheckIn eventId={event.id} />
    </OwnerPage>
  );
}
