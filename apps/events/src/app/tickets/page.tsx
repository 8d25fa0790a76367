import { formatMoney } from "@stepperslife/format";
import type { Metadata } from "next";
import Link from "next/link";
import { auth, db } from "@/vertical";
import { listMyOrders } from "@/server/orders/list-my-orders";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My tickets" };

const statusLabel = { awaiting_payment: "Awaiting payment", paid: "Tickets issued", cancelled: "Cancelled", refunded: "Refunded", expired: "Expired" } as const;

/** "My tickets": the signed-in person's orders, upcoming events first, each linking to its QR codes. */
export default async function MyTicketsPage() {
  const user = await auth.requireUser("/tickets");
  const orders = await listMyOrders({ db: db(), buyerId: user.id });
  const now = new Date().toISOString();
  const upcoming = orders.filter((order) => order.event.endsAt >= now).toSorted((a, b) => a.event.startsAt.localeCompare(b.event.startsAt));
  const past = orders.filter((order) => order.event.endsAt < now);
  const list = (items: typeof orders, label: string) => (
    <section aria-label={label}>
      <h2>{label}</h2>
      {items.length === 0 ? <p className="sl-muted">Nothing here yet.</p> : null}
      <ul className="sl-stack" style={{ gap: "0.5rem", padding: 0, listStyle: "none" }}>
        {items.map((order) => (
          <li key={order.id}>
            <Link href={`/orders/${order.id}`}>
              <strong>{order.event.title}</strong>
            </Link>{" "}
            · {order.event.when} · {order.tickets} {order.tickets === 1 ? "ticket" : "tickets"} · {statusLabel[order.status]}
            {order.totalCents ? ` · ${formatMoney(order.totalCents, order.currency)}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>My tickets</h1>
      {list(upcoming, "Upcoming")}
      {past.length ? list(past, "Past") : null}
    </div>
  );
}
