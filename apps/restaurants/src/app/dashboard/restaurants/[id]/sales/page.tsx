import type { Metadata } from "next";
import { SalesPage } from "@stepperslife/ui";
import { OwnerNav } from "@/components/owner-nav";
import { db } from "@/vertical";
import { loadSales } from "@/server/sales/load-sales";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sales" };

export default async function SalesPageView({ params }: { params: Promise<{ id: string }> }) {
  const { owner, restaurant } = await loadOwned(params, "/sales");
  const days = await loadSales({ db: db(), ownerId: owner.id, restaurantId: restaurant.id });
  return (
    <SalesPage
      title={`Sales at ${restaurant.name}`}
      nav={<OwnerNav restaurantId={restaurant.id} name={restaurant.name} />}
      days={days}
      period="the last 30 days"
      caption="Days on the restaurant's own calendar; cancelled and unpaid orders are not counted."
    />
  );
}
