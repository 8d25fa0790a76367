"use client";

import useSWR from "swr";
import type { OrderView } from "@/server/orders/to-order-view";
import { formatDateTime, formatMoney } from "@stepperslife/format";

const steps = ["new", "accepted", "preparing", "ready", "picked_up"] as const;
const stepLabels: Record<(typeof steps)[number], string> = { new: "Received", accepted: "Accepted", preparing: "Preparing", ready: "Ready", picked_up: "Picked up" };

async function fetchOrder(url: string): Promise<OrderView> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`order: ${response.status}`);
  return ((await response.json()) as { order: OrderView }).order;
}

/** An order's live status: refreshed every few seconds until it is picked up or cancelled. */
export function OrderStatus({ initial }: { initial: OrderView }) {
  const { data } = useSWR(`/api/orders/${initial.id}`, fetchOrder, {
    fallbackData: initial,
    refreshInterval: (latest) => (latest && ["picked_up", "cancelled"].includes(latest.status) ? 0 : 3000),
  });
  const order = data ?? initial;
  return (
    <div className="sl-stack">
      <p role="status" aria-live="polite" style={{ fontSize: "1.3rem", margin: 0 }}>
        Status: <strong data-testid="order-status">{order.statusLabel}</strong>
      </p>
      {order.status === "cancelled" ? (
        <p className="sl-error">This order was cancelled{order.refunded ? " and refunded" : ""}.</p>
      ) : order.status === "awaiting_payment" ? (
        <p>
          Waiting for your payment.{" "}
          {order.checkoutUrl ? (
            <a className="sl-button" href={order.checkoutUrl}>
              Pay now
            </a>
          ) : null}
        </p>
      ) : (
        <ol className="rs-steps" aria-label="Progress">
          {steps.map((step, index) => {
            const reached = steps.indexOf(order.status as (typeof steps)[number]);
            const state = index < reached ? "done" : index === reached ? "current" : "todo";
            return (
              <li key={step} data-state={state} aria-current={state === "current" ? "step" : undefined}>
                {state === "done" ? <span aria-hidden="true">✓ </span> : null}
                {stepLabels[step]}
                {state === "done" ? <span className="sl-visually-hidden"> (done)</span> : null}
              </li>
            );
          })}
        </ol>
      )}
      <p>
        {/* Always dated: "6:45 PM" alone could be any day's. */}
        Pickup {formatDateTime(new Date(order.pickupAt), order.restaurant.timeZone)} at {order.restaurant.address} ·{" "}
        {order.paymentMethod === "stripe" ? (order.paid ? "Paid online" : "Not paid yet") : "Pay at pickup"}
      </p>
      <table className="sl-table">
        <tbody>
          {order.items.map((item) => (
            <tr key={item.id}>
              <td>
                {item.quantity} × {item.name}
              </td>
              <td>{formatMoney(item.unitPriceCents * item.quantity)}</td>
            </tr>
          ))}
          <tr>
            <th>Total</th>
            <th>{formatMoney(order.totalCents)}</th>
          </tr>
        </tbody>
      </table>
      {order.note ? <p className="sl-muted">Note: {order.note}</p> : null}
    </div>
  );
}
