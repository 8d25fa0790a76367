import { formatDateTime } from "@stepperslife/format";
import type { Metadata } from "next";
import Link from "next/link";
import { formatPrice } from "@/server/catalog/format-price";
import { listCustomerOrders } from "@/server/orders/list-customer-orders";
import { auth, db } from "@/vertical";
import "../orders.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My purchases" };

/** The signed-in buyer's orders, newest first: each shop's part with its own status, dated on the (first) shop's clock. */
export default async function MyOrdersPage() {
  const user = await auth.requireUser("/orders");
  const orders = await listCustomerOrders({ db: db(), customerId: user.id });
  const now = new Date();
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>My purchases</h1>
      {orders.length === 0 ? (
        <div className="sl-box st-empty">
          <h2 className="sl-box__title">No orders yet</h2>
          <p className="sl-muted">What you buy from the scene's shops shows here, each shop's parcel with its tracking.</p>
          <p>
            <Link className="sl-button" href="/">Browse the store</Link>
          </p>
        </div>
      ) : (
        <ul className="st-orders" aria-label="Your orders">
          {orders.map((order) => (
            <li key={order.id} className="st-orders__item" aria-label={`Order ${order.code}`}>
              <p className="st-orders__head">
                <Link href={`/orders/${order.id}`}>Order {order.code}</Link>
                <strong>{formatPrice(order.totalCents)}</strong>
              </p>
              <p className="sl-muted">Placed {formatDateTime(order.createdAt, order.shipments[0]!.shop.timeZone, { now })}</p>
              <ul className="st-orders__parts">
                {order.shipments.map((shipment) => (
                  <li key={shipment.id}>
                    {shipment.shop.name} <span className="sl-badge" data-status={shipment.status}>{shipment.statusLabel}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
