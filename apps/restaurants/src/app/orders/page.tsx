import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatMoney } from "@stepperslife/format";
import { auth, db } from "@/vertical";
import { listCustomerOrders } from "@/server/orders/list-customer-orders";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My orders" };

/** The signed-in customer's orders, newest first. */
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
        <table className="sl-table">
          <thead>
            <tr>
              <th>Order</th>
              <th>Restaurant</th>
              <th>Placed</th>
              <th>Status</th>
              <th>Total</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td>
                  <Link href={`/orders/${order.id}`}>{order.code}</Link>
                </td>
                <td>{order.restaurant.name}</td>
                <td>{formatDateTime(new Date(order.createdAt), order.restaurant.timeZone, { now })}</td>
                <td>{order.statusLabel}</td>
                <td>{formatMoney(order.totalCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
