import { formatMoney } from "@stepperslife/format";
import type { PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { TicketQr } from "@/components/ticket-qr";
import { getOrder } from "@/server/orders/get-order";
import { checkout } from "@/server/payments/checkout";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your tickets" };

type Props = { params: Promise<{ id: string }>; searchParams: PageParams };

const statusText = {
  awaiting_payment: "Waiting for your payment: your seats are held until the payment page expires.",
  paid: "Your tickets are ready. Show a QR code at the door.",
  cancelled: "This order was cancelled.",
  refunded: "This order was refunded; its tickets are void.",
  expired: "The payment was not completed in time; the seats were released.",
} as const;

/** An order's page (Stripe's success and cancel pages land here): confirms a returning checkout, then the tickets. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { order, leftPaymentPage } = await checkout.loadOrderPage({ params, searchParams, load: getOrder });
  return (
    <div className="sl-stack">
      <header className="sl-stack" style={{ gap: "0.4rem" }}>
        <h1 style={{ margin: 0 }}>
          <Link href={`/e/${order.event.slug}`}>{order.event.title}</Link>
        </h1>
        <p style={{ margin: 0 }}>
          {order.event.when} · {order.event.venue}, {order.event.address}, {order.event.city}
        </p>
      </header>
      <p role="status" className={order.status === "paid" ? "" : "sl-notice"}>
        {statusText[order.status]}
      </p>
      {leftPaymentPage && order.status === "awaiting_payment" && order.checkoutUrl ? (
        <p>
          <a className="sl-button" href={order.checkoutUrl}>
            Pay now
          </a>
        </p>
      ) : null}
      {order.tickets.length ? (
        <ul className="ev-tickets" aria-label="Tickets">
          {order.tickets.map((ticket) => (
            <TicketQr key={ticket.code} ticket={ticket} />
          ))}
        </ul>
      ) : null}
      <table className="sl-table">
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.name}>
              <td>
                {line.quantity} × {line.name}
              </td>
              <td>{formatMoney(line.unitPriceCents * line.quantity, order.currency)}</td>
            </tr>
          ))}
          {order.discountCents ? (
            <tr>
              <td>Promo code</td>
              <td>−{formatMoney(order.discountCents, order.currency)}</td>
            </tr>
          ) : null}
          <tr>
            <th>Total</th>
            <th>{formatMoney(order.totalCents, order.currency, { zero: "Free" })}</th>
          </tr>
        </tbody>
      </table>
      <p>
        <Link href="/tickets">All my tickets</Link>
      </p>
    </div>
  );
}
