import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatMoney } from "@stepperslife/format";
import { auth, db } from "@/vertical";
import { listCustomerOrders } from "@/server/orders/list-customer-orders";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My orders" };

/**
 * The signed-in customer's orders, newest first: a card each (a five-column table is wider than a phone), with the
 * pickup always dated on the restaurant's clock, since an order may be for tomorrow.
 */
export default async function MyOrdersPage() {
  const user = await auth.requireUser("/orders");
  const orders = await listCustomerOrders({ db: db(), customerId: user.id });
  const now = new Date();
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>My orders</h1>
      {orders.length === 0 ? (
        <p>
          No orders yet. <Link href="/">Find a restaurant</Link>.
        </p>
      ) : (
        <ul className="rs-orders" aria-label="Your orders">
          {orders.map((order) => (
            <li key={order.id} aria-label={`Order ${order.code}`}>
              <p>
                <Link href={`/orders/${order.id}`}>Order {order.code}</Link> · {order.restaurant.name}
              </p>
              <p className="rs-orders__end">
                <strong>{formatMoney(order.totalCents)}</strong>
              </p>
              <p>
                Pickup <strong>{formatDateTime(new Date(order.pickupAt), order.restaurant.timeZone)}</strong>
              </p>
              <p className="rs-orders__end">
                <span className="sl-badge">{order.statusLabel}</span>
              </p>
              <p className="sl-muted">Placed {formatDateTime(new Date(order.createdAt), order.restaurant.timeZone, { now })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
