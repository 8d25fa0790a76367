import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/event-form";
import { auth } from "@/vertical";

export const metadata: Metadata = { title: "New event" };

/** A new event starts as a draft: add ticket types, then publish. */
export default async function NewEventPage() {
  await auth.requireOwner("/dashboard/events/new");
  return (
    <div className="ev-stack">
      <p style={{ margin: 0 }}>
        <Link href="/dashboard">← All your events</Link>
      </p>
      <h1 style={{ margin: 0 }}>New event</h1>
      <EventForm />
    </div>
  );
}
