import { formatMoney, formatTimeZoneName } from "@stepperslife/format";
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
      title={`Sales of ${event.title}`}
      nav={<OrganizerNav eventId={event.id} title={event.title} />}
      days={sales.days}
      chartTitle={`Revenue per day (${formatTimeZoneName(event.timeZone)})`}
    >
      <p role="status">
        Revenue {formatMoney(revenueCents)}
        {refundedOrders ? ` · ${refundedOrders === 1 ? "1 order" : `${refundedOrders} orders`} refunded (${formatMoney(refundedCents)})` : ""}
      </p>
      <table className="sl-table sl-table--cards" aria-label="Sales per ticket type">
        <thead>
          <tr>
            <th>Ticket type</th>
            <th className="sl-num">Price</th>
            <th className="sl-num">Sold</th>
            <th className="sl-num">Being bought</th>
            <th className="sl-num">Left</th>
            <th className="sl-num">Gross</th>
          </tr>
        </thead>
        <tbody>
          {sales.ticketTypes.map((type) => (
            <tr key={type.id}>
              <td data-label="Ticket type">{type.name}</td>
              <td data-label="Price" className="sl-num">
                {formatMoney(type.priceCents)}
              </td>
              <td data-label="Sold" className="sl-num">
                {type.sold}
              </td>
              <td data-label="Being bought" className="sl-num">
                {type.held}
              </td>
              <td data-label="Left" className="sl-num">
                {type.capacity - type.sold - type.held}
              </td>
              <td data-label="Gross" className="sl-num">
                {formatMoney(type.grossCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SalesPage>
  );
}
