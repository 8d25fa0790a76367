import type { Metadata } from "next";
import { RevenueChart } from "@stepperslife/ui";
import { OrganizerNav } from "@/components/organizer-nav";
import { db } from "@/vertical";
import { formatCents } from "@/server/events/format-event-time";
import { loadSales } from "@/server/organizer/load-sales";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sales" };

/** Tickets sold per ticket type and revenue per day (in the event's time zone). */
export default async function SalesPage({ params }: { params: Promise<{ id: string }> }) {
  const { organizer, event } = await loadOwned(params, "/sales");
  const sales = await loadSales({ db: db(), organizerId: organizer.id, eventId: event.id });
  return (
    <div className="ev-stack">
      <OrganizerNav eventId={event.id} title={event.title} />
      <h1 style={{ margin: 0 }}>Sales</h1>
      <p role="status">
        Revenue {formatCents(sales.totals.revenueCents)}
        {sales.totals.refundedOrders ? ` · ${sales.totals.refundedOrders} orders refunded (${formatCents(sales.totals.refundedCents)})` : ""}
      </p>
      <table className="ev-table" aria-label="Sales per ticket type">
        <thead>
          <tr>
            <th>Ticket type</th>
            <th>Price</th>
            <th>Sold</th>
            <th>Being bought</th>
            <th>Left</th>
            <th>Gross</th>
          </tr>
        </thead>
        <tbody>
          {sales.ticketTypes.map((type) => (
            <tr key={type.id}>
              <td>{type.name}</td>
              <td>{formatCents(type.priceCents)}</td>
              <td>{type.sold}</td>
              <td>{type.held}</td>
              <td>{type.capacity - type.sold - type.held}</td>
              <td>{formatCents(type.grossCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 style={{ margin: 0 }}>Revenue per day ({event.timeZone})</h2>
      <RevenueChart days={sales.days} />
    </div>
  );
}
