import { OwnerDashboard } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth, service } from "@/vertical";

export const metadata: Metadata = { title: "Manage" };

// What an owner will manage here; each line turns into a working tool in a later change.
const ownerTools = [
  { title: "Your listing", text: "What you do, where you work, photos of past sets and what people say about you." },
  { title: "Packages and prices", text: "What each package includes and what it costs, so requests start from real numbers." },
  { title: "Availability", text: "The dates you are free and the ones already booked." },
  { title: "Requests", text: "New booking requests, with the date, place and details the client sent." },
  { title: "Bookings and deposits", text: "Agreed bookings and the deposits paid into your own account." },
] as const;

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  return (
    <OwnerDashboard
      app={service}
      owner={owner}
      intro="Here you will run your business listing: what you offer, the requests that come in and the bookings you agree on."
      tools={ownerTools}
    />
  );
}
