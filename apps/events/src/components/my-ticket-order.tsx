import { formatMoney } from "@stepperslife/format";
import Link from "next/link";
import type { MyOrder } from "@/server/orders/list-my-orders";

const status = {
  awaiting_payment: { text: "Awaiting payment", badge: "" },
  paid: { text: "Tickets issued", badge: "sl-badge--ok" },
  cancelled: { text: "Cancelled", badge: "sl-badge--off" },
  refunded: { text: "Refunded", badge: "sl-badge--off" },
  expired: { text: "Expired", badge: "sl-badge--quiet" },
} as const;

/** One order on "My tickets": its event (when on the venue's clock, where), what was bought, its state, the way to the QR codes. */
export function MyTicketOrder({ order }: { order: MyOrder }) {
  const titleId = `order-${order.id}`;
  const quantity = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <li className="sl-tile ev-order" aria-labelledby={titleId}>
      <div className="sl-tile__body">
        <h3 className="sl-tile__title" id={titleId}>
          <Link href={`/e/${order.event.slug}`}>{order.event.title}</Link>
        </h3>
        <p style={{ margin: 0 }}>
          <time dateTime={order.event.startsAt}>{order.event.when}</time>
        </p>
        <p className="sl-muted" style={{ margin: 0 }}>
          {order.event.venue} · {order.event.city}
        </p>
        <p style={{ margin: 0 }}>
          {quantity === 1 ? "1 ticket" : `${quantity} tickets`}:{" "}
          {order.lines.map((line) => `${line.quantity} × ${line.name}`).join(", ")}
          {order.totalCents ? <span className="sl-muted"> · {formatMoney(order.totalCents, order.currency)}</span> : null}
        </p>
        <div className="sl-row ev-order__actions">
          <span className={`sl-badge ${status[order.status].badge}`}>{status[order.status].text}</span>
          <Link className={order.status === "paid" ? "sl-button" : "sl-button sl-button--secondary"} href={`/orders/${order.id}`}>
            {order.status === "paid" ? "Show tickets and QR codes" : "View order"}
          </Link>
        </div>
      </div>
    </li>
  );
}
