import { formatMoney } from "@stepperslife/format";
import type { Metadata } from "next";
import { SalesPage } from "@stepperslife/ui";
import { OrganizerNav } from "@/components/organizer-nav";
import { db } from "@/vertical";
import { loadSales } from "@/server/organizer/load-sales";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sales" };

/** Tickets sold per ticket type and revenue per day (in the event's time zone). */
export default async function SalesPageView({ params }: { params: Promise<{ id: string }> }) {
  const { organizer, event } = await loadOwned(params, "/sales");
  const sales = await loadSales({ db: db(), organizerId: organizer.id, eventId: event.id });
  const { revenueCents, refundedOrders, refundedCents } = sales.totals;
  return (
    <SalesPage
      title="Sales"
      nav={<OrganizerNav eventId={event.id} title={event.title} />}
      navFirst
      days={sales.days}
      chartTitle={`Revenue per day (${event.timeZone})`}
    >
      <p role="status">
        Revenue {formatMoney(revenueCents)}
        {refundedOrders ? ` · ${refundedOrders} orders refunded (${formatMoney(refundedCents)})` : ""}
      </p>
      <table className="sl-table" aria-label="Sales per ticket type">
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
              <td>{formatMoney(type.priceCents)}</td>
              <td>{type.sold}</td>
              <td>{type.held}</td>
              <td>{type.capacity - type.sold - type.held}</td>
              <td>{formatMoney(type.grossCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SalesPage>
  );
}
