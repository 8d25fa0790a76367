import type { Metadata } from "next";
import { formatPrice } from "@/components/format";
import { OwnerNav } from "@/components/owner-nav";
import { SalesChart } from "@/components/sales-chart";
import { db } from "@/server/db";
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
      <SalesChart days={days} />
      <details>
        <summary>Per day</summary>
        <table className="rs-table">
          <thead>
            <tr>
              <th>Day</th>
              <th>Orders</th>
              <th>Revenue</th>
            </tr>
          </thead>
          <tbody>
            {days.toReversed().map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                <td>{day.orders}</td>
                <td>{formatPrice(day.revenueCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
