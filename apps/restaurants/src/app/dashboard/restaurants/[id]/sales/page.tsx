import type { Metadata } from "next";
import { RevenueChart } from "@stepperslife/ui";
import { OwnerNav } from "@/components/owner-nav";
import { db } from "@/vertical";
import { loadSales } from "@/server/sales/load-sales";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sales" };

export default async function SalesPage({ params }: { params: Promise<{ id: string }> }) {
  const { owner, restaurant } = await loadOwned(params, "/sales");
  const days = await loadSales({ db: db(), ownerId: owner.id, restaurantId: restaurant.id });
  return (
    <div className="rs-stack">
      <h1 style={{ margin: 0 }}>Sales at {restaurant.name}</h1>
      <OwnerNav restaurantId={restaurant.id} name={restaurant.name} />
      <RevenueChart days={days} caption="last 30 days; cancelled and unpaid orders not counted." />
    </div>
  );
}
