import { OwnerPage, PayoutsPanel } from "@stepperslife/ui";
import type { Metadata } from "next";
import { OwnerNav } from "@/components/owner-nav";
import { payouts } from "@/server/payouts/payouts";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payouts" };

/** What each card payment to a restaurant came to after the platform's fee and refunds, day by day on its clock. */
export default async function PayoutsPage({ params }: { params: Promise<{ id: string }> }) {
  const { restaurant } = await loadOwned(params, "/payouts");
  const view = await payouts.loadPayouts({ id: restaurant.id, name: restaurant.name, timeZone: restaurant.timeZone });
  return (
    <OwnerPage title={`Payouts of ${restaurant.name}`} nav={<OwnerNav restaurantId={restaurant.id} name={restaurant.name} />}>
      <PayoutsPanel
        business={{ id: restaurant.id, name: restaurant.name }}
        days={view.days}
        timeZone={view.timeZone}
        exportUrl={`/api/owner/payouts/export?businessId=${restaurant.id}`}
        dashboardLinkUrl={view.dashboardAvailable ? "/api/owner/payout-account/dashboard-link" : null}
        getPaidHref={`/dashboard/restaurants/${restaurant.id}/get-paid`}
      />
    </OwnerPage>
  );
}
