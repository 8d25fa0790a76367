import { GetPaidPanel, OwnerPage } from "@stepperslife/ui";
import type { PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { OwnerNav } from "@/components/owner-nav";
import { payouts } from "@/server/payouts/payouts";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Get paid" };

/** Where a restaurant's card payments are paid out: its Stripe Express account's state and the next step. */
export default async function GetPaidPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: PageParams }) {
  const [{ restaurant }, query] = await Promise.all([loadOwned(params, "/get-paid"), searchParams]);
  const returned = query.onboarding === "returned";
  const view = await payouts.loadPayoutAccount({ businessId: restaurant.id, returned });
  return (
    <OwnerPage title={`Get paid for ${restaurant.name}`} nav={<OwnerNav restaurantId={restaurant.id} name={restaurant.name} />}>
      <GetPaidPanel business={{ id: restaurant.id, name: restaurant.name }} view={view} returned={returned} />
    </OwnerPage>
  );
}
