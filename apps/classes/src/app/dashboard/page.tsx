import { OwnerDashboard } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth, service } from "@/vertical";

export const metadata: Metadata = { title: "Manage" };

// What an owner will manage here; each line turns into a working tool in a later change.
const ownerTools = [
  { title: "Your classes", text: "Beginner, intermediate and advanced sessions with their level, place and time." },
  { title: "Schedule", text: "Weekly series, one-off workshops and the dates you are not teaching." },
  { title: "Class packs and prices", text: "Drop-in prices and packs of sessions that students pay for ahead." },
  { title: "Rosters", text: "Who has booked each session, who has checked in and how many spots are left." },
  { title: "Payouts", text: "What your students have paid and what has been paid into your own account." },
] as const;

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  return (
    <OwnerDashboard
      app={service}
      owner={owner}
      intro="Here you will run your teaching: your schedule, who is coming to class and what they have paid for."
      tools={ownerTools}
    />
  );
}
