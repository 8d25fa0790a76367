"use client";

import { useEffect, useState } from "react";
import useSWR from "swr";
import type { OrderView } from "@/server/orders/to-order-view";
import { formatDateTime, formatMoney } from "@stepperslife/format";
import { FormAlert, ownerRequest } from "@stepperslife/ui/client";

const columns = ["new", "accepted", "preparing", "ready"] as const;
const actionLabels: Record<string, string> = { accepted: "Accept", preparing: "Start preparing", ready: "Mark ready", picked_up: "Picked up", cancelled: "Cancel" };

/** The live board: open orders by status, refreshed every 3 s; new orders pulse until accepted. */
export function OrdersBoard({ restaurantId, initial }: { restaurantId: string; initial: OrderView[] }) {
  const { data, mutate } = useSWR(`/api/owner/restaurants/${restaurantId}/orders`, async (url: string) => (await ownerRequest<{ orders: OrderView[] }>(url, "GET")).orders, {
    fallbackData: initial,
    refreshInterval: 3000,
  });
  const orders = data ?? initial;
  const [error, setError] = useState<string | null>(null);
  const fresh = orders.filter((order) => order.status === "new").length;

  useEffect(() => {
    document.title = fresh ? `(${fresh}) New orders` : "Orders";
  }, [fresh]);

  async function move(order: OrderView, status: string) {
    if (status === "cancelled" && !window.confirm(`Cancel order ${order.code}?${order.paid ? " It will be refunded." : ""}`)) return;
    setError(null);
    try {
      await ownerRequest(`/api/owner/orders/${order.id}/status`, "POST", { status });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "That did not work.");
    }
    await mutate();
  }

  const done = orders.filter((order) => order.status === "picked_up" || order.status === "cancelled");
  return (
    <div className="sl-stack">
      <p role="status" aria-live="polite">
        {fresh ? `${fresh} new order${fresh === 1 ? "" : "s"} waiting` : "No new orders"}
      </p>
      <FormAlert message={error} />
      <div className="rs-board">
        {columns.map((column) => (
          <section key={column} className="rs-board__column" aria-label={column === "new" ? "New orders" : column}>
            <h2>{column === "new" ? "New" : column}</h2>
            {orders
              .filter((order) => order.status === column)
              .map((order) => (
                <article key={order.id} className={`rs-ticket${order.status === "new" ? " rs-ticket--fresh" : ""}`} aria-label={`Order ${order.code}`}>
                  <strong>
                    {order.code} · {formatDateTime(new Date(order.pickupAt), order.restaurant.timeZone, { now: new Date() })}
                  </strong>
                  <span>
                    {order.customerName ?? order.customerEmail} · {formatMoney(order.totalCents)} · {order.paymentMethod === "stripe" ? "paid" : "pay at pickup"}
                  </span>
                  <ul>
                    {order.items.map((item) => (
                      <li key={item.id}>
                        {item.quantity} × {item.name}
                      </li>
                    ))}
                  </ul>
                  {order.note ? <em>“{order.note}”</em> : null}
                  <div className="sl-row">
                    {order.nextStatuses.map((status) => (
                      <button key={status} type="button" className={`sl-btn sl-btn--small${status === "cancelled" ? " sl-btn--ghost" : ""}`} onClick={() => move(order, status)}>
                        {actionLabels[status]}
                      </button>
                    ))}
                  </div>
                </article>
              ))}
          </section>
        ))}
      </div>
      {done.length ? (
        <section aria-label="Finished today">
          <h2>Finished</h2>
          <ul>
            {done.map((order) => (
              <li key={order.id}>
                {order.code}: {order.statusLabel}
                {order.refunded ? " (refunded)" : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
