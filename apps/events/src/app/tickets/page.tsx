import { signInUrl } from "@stepperslife/auth-config";
import type { Metadata } from "next";
import Link from "next/link";
import { MyTicketOrder } from "@/components/my-ticket-order";
import { addressing, appBaseUrl, auth, db } from "@/vertical";
import { listMyOrders, type MyOrder } from "@/server/orders/list-my-orders";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My tickets" };

function OrderList({ orders, label }: { orders: MyOrder[]; label: string }) {
  return (
    <section className="sl-stack" style={{ gap: "0.75rem" }} aria-label={label}>
      <h2 style={{ margin: 0 }}>{label}</h2>
      <ul className="sl-tiles" style={{ margin: 0 }}>
        {orders.map((order) => (
          <MyTicketOrder key={order.id} order={order} />
        ))}
      </ul>
    </section>
  );
}

/** "My tickets": the signed-in person's orders, upcoming events first, each linking to its QR codes. */
export default async function MyTicketsPage() {
  const user = await auth.getSession();
  if (!user) {
    return (
      <section className="sl-notice sl-stack" aria-label="Sign in">
        <h1 style={{ margin: 0 }}>My tickets</h1>
        <p>Sign in to see the tickets you bought and their QR codes for the door.</p>
        <p>
          <a className="sl-button" href={signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/tickets` })}>
            Sign in
          </a>
        </p>
      </section>
    );
  }
  const orders = await listMyOrders({ db: db(), buyerId: user.id });
  const now = new Date().toISOString();
  const upcoming = orders.filter((order) => order.event.endsAt >= now).toSorted((a, b) => a.event.startsAt.localeCompare(b.event.startsAt));
  const past = orders.filter((order) => order.event.endsAt < now);
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>My tickets</h1>
      {orders.length === 0 ? (
        <section className="sl-notice sl-notice__box" aria-label="No tickets yet">
          <h2 className="sl-notice__heading">No tickets yet</h2>
          <p>Tickets you buy show up here, with their QR codes for the door.</p>
          <p className="sl-actions sl-actions--center">
            <Link className="sl-button" href="/">
              Browse events
            </Link>
          </p>
        </section>
      ) : null}
      {upcoming.length ? <OrderList orders={upcoming} label="Upcoming" /> : null}
      {orders.length && !upcoming.length ? (
        <p className="sl-muted">
          Nothing coming up. <Link href="/">Find your next event</Link>
        </p>
      ) : null}
      {past.length ? <OrderList orders={past} label="Past" /> : null}
    </div>
  );
}
