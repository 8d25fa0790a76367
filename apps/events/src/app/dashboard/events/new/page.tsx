import type { Metadata } from "next";
import { BackLink, OwnerPage } from "@stepperslife/ui";
import { EventForm } from "@/components/event-form";
import { auth } from "@/vertical";

export const metadata: Metadata = { title: "New event" };

/** A new event starts as a draft: add ticket types, then publish. */
export default async function NewEventPage() {
  await auth.requireOwner("/dashboard/events/new");
  return (
    <OwnerPage title="New event" nav={<BackLink href="/dashboard" tight>All your events</BackLink>} navFirst>
      <EventForm />
    </OwnerPage>
  );
}
