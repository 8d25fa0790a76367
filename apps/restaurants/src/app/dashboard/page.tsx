import { OwnerDashboard } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth } from "@/server/auth";
import { service } from "../../../app.config";

export const metadata: Metadata = { title: "Manage" };

// What an owner will manage here; each line turns into a working tool in a later change.
const ownerTools = [
  { title: "Your menu", text: "Dishes, prices, photos and what is sold out tonight, kept current from your phone." },
  { title: "Opening hours", text: "Regular hours, holiday closures and the nights you cook late for a big social." },
  { title: "Pickup orders", text: "New orders as they come in, with the pickup time each customer was promised." },
  { title: "Ready messages", text: "One tap tells a customer their order is ready, so nobody waits at the counter." },
  { title: "Payouts", text: "What you have sold and what has been paid into your own account." },
] as const;

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  return (
    <OwnerDashboard
      app={service}
      owner={owner}
      intro="Here you will run your kitchen's page: the menu people order from, when you are open, and every pickup order from the moment it is paid until it is collected."
      tools={ownerTools}
    />
  );
}
