import { GetPaidPanel, OwnerPage } from "@stepperslife/ui";
import type { PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { ShopTabs } from "@/components/shop-tabs";
import { payouts } from "@/server/payouts/payouts";
import { loadOwnedShop } from "../load-owned-shop";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Get paid" };

/** Where a shop's part of each card payment is paid out: its Stripe Express account's state and the next step. */
export default async function ShopGetPaidPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: PageParams }) {
  const [shop, query] = await Promise.all([loadOwnedShop(params, "/get-paid"), searchParams]);
  // Stripe's onboarding sends the owner back here with this flag (the kernel's return URL): re-read the account then.
  const returned = query.onboarding === "returned";
  const view = await payouts.loadPayoutAccount({ businessId: shop.id, returned });
  return (
    <OwnerPage title={`Get paid for ${shop.name}`} nav={<ShopTabs shopId={shop.id} current="get-paid" name={shop.name} />}>
      <GetPaidPanel business={{ id: shop.id, name: shop.name }} view={view} returned={returned} />
    </OwnerPage>
  );
}
