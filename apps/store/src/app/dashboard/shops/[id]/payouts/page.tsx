import { OwnerPage, PayoutsPanel } from "@stepperslife/ui";
import type { Metadata } from "next";
import { ShopTabs } from "@/components/shop-tabs";
import { payouts } from "@/server/payouts/payouts";
import { loadOwnedShop } from "../load-owned-shop";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payouts" };

/** What each card payment came to for a shop after the platform's fee and refunds, day by day on its clock. */
export default async function ShopPayoutsPage({ params }: { params: Promise<{ id: string }> }) {
  const shop = await loadOwnedShop(params, "/payouts");
  const view = await payouts.loadPayouts({ id: shop.id, name: shop.name, timeZone: shop.timeZone });
  return (
    <OwnerPage title={`Payouts of ${shop.name}`} nav={<ShopTabs shopId={shop.id} current="payouts" name={shop.name} />}>
      <PayoutsPanel
        business={{ id: shop.id, name: shop.name }}
        days={view.days}
        timeZone={view.timeZone}
        exportUrl={`/api/owner/payouts/export?businessId=${shop.id}`}
        dashboardLinkUrl={view.dashboardAvailable ? "/api/owner/payout-account/dashboard-link" : null}
        getPaidHref={`/dashboard/shops/${shop.id}/get-paid`}
      />
    </OwnerPage>
  );
}
