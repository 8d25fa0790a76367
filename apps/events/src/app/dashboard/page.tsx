import { OwnerDashboard } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth } from "@/server/auth";
import { service } from "../../../app.config";

export const metadata: Metadata = { title: "Manage" };

// What an owner will manage here; each line turns into a working tool in a later change.
const ownerTools = [
  { title: "Your events", text: "Socials, workshops and festivals with their dates, venue, flyer and description." },
  { title: "Ticket types", text: "Early bird, general admission, VIP and table packages, each with its own price and limit." },
  { title: "Promo codes", text: "Discounts for your crew, your DJs and your regulars, with an end date and a cap." },
  { title: "Sales", text: "Tickets sold per event and per ticket type, as they happen, and payouts to your own account." },
  { title: "Door check-in", text: "Scan tickets from your phone at the door, even with a weak signal, and see who has arrived." },
] as const;

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  return (
    <OwnerDashboard
      app={service}
      owner={owner}
      intro="Here you will run your events: from the first listing to the last ticket scanned at the door."
      tools={ownerTools}
    />
  );
}
