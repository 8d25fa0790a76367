import { OwnerDashboard } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth, service } from "@/vertical";

export const metadata: Metadata = { title: "Manage" };

// What an owner will manage here; each line turns into a working tool in a later change.
const ownerTools = [
  { title: "Your storefront", text: "Your shop's name, story, logo and the return terms buyers see before they pay." },
  { title: "Products", text: "Shoes, apparel and music with photos, prices, sizes and variants." },
  { title: "Stock", text: "How many of each size and color you have left, so nobody buys what you cannot ship." },
  { title: "Orders and shipping", text: "New orders, packing lists and tracking numbers for each shipment." },
  { title: "Payouts", text: "What you have sold and what has been paid into your own account." },
] as const;

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  return (
    <OwnerDashboard
      app={service}
      owner={owner}
      intro="Here you will run your shop: what you sell, what is in stock and every order until it reaches the buyer's door."
      tools={ownerTools}
    />
  );
}
