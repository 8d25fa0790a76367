import { SalesPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { ShopTabs } from "@/components/shop-tabs";
import { loadSales } from "@/server/sales/load-sales";
import { db } from "@/vertical";
import { loadOwnedShop } from "../load-owned-shop";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sales" };

/** A shop's paid orders and what buyers paid it (its lines and shipping), day by day on its own calendar. */
export default async function ShopSalesPage({ params }: { params: Promise<{ id: string }> }) {
  const shop = await loadOwnedShop(params, "/sales");
  const days = await loadSales({ db: db(), shop });
  return (
    <SalesPage
      title={`Sales of ${shop.name}`}
      nav={<ShopTabs shopId={shop.id} current="sales" name={shop.name} />}
      days={days}
      period="the last 30 days"
      caption="Days on the shop's own calendar; cancelled and unpaid orders are not counted."
    />
  );
}
