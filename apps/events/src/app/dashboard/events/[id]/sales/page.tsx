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
      nav={<OrganizerNav eventId={event.id} title={event.title} current="/sales" />}
      navFirst
      days={sales.days}
      chartTitle={`Revenue per day (${event.timeZone})`}
    >
      <p role="status">
        Revenue {formatMoney(revenueCents)}
        {refundedOrders ? ` · ${refundedOrders === 1 ? "1 order" : `${refundedOrders} orders`} refunded (${formatMoney(refundedCents)})` : ""}
      </p>
      <table className="sl-table ev-owner-table" aria-label="Sales per ticket type">
        <thead>
          <tr>
            <th>Ticket type</th>
            <th className="ev-num">Price</th>
            <th className="ev-num">Sold</th>
            <th className="ev-num">Being bought</th>
            <th className="ev-num">Left</th>
            <th className="ev-num">Gross</th>
          </tr>
        </thead>
        <tbody>
          {sales.ticketTypes.map((type) => (
            <tr key={type.id}>
              <td data-label="Ticket type">{type.name}</td>
              <td data-label="Price" className="ev-num">
                {formatMoney(type.priceCents)}
              </td>
              <td data-label="Sold" className="ev-num">
                {type.sold}
              </td>
              <td data-label="Being bought" className="ev-num">
                {type.held}
              </td>
              <td data-label="Left" className="ev-num">
                {type.capacity - type.sold - type.held}
              </td>
              <td data-label="Gross" className="ev-num">
                {formatMoney(type.grossCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SalesPage>
  );
}
