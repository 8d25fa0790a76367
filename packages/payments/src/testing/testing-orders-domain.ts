import type { RawSqlClient } from "../create-webhook-event-store";
import type { CheckoutDomain } from "../checkout-flow/checkout-domain";

/** A minimal vertical's orders, in plain SQL, for this package's tests of the checkout flow. */
export const ordersTableSql = `CREATE TABLE orders (
  id text PRIMARY KEY, scope_id text NOT NULL, owner_id text NOT NULL, total_cents int NOT NULL, status text NOT NULL,
  checkout_session_id text UNIQUE, checkout_url text, paid_at timestamptz, refund_id text, refunds_recorded int NOT NULL DEFAULT 0)`;

interface OrderRow {
  id: string;
  status: string;
  paid_at: Date | null;
}

export function testingOrdersDomain(): CheckoutDomain<RawSqlClient> {
  return {
    scopeKey: "shopId",
    notOwnedMessage: "There is no such webhook event for your shops.",
    noCardPaymentsMessage: "This shop does not take card payments yet.",
    async loadCheckoutOrder({ db, orderId }) {
      const [order] = await db.$queryRaw<Array<{ scope_id: string; total_cents: number }>>`SELECT scope_id, total_cents FROM orders WHERE id = ${orderId}`;
      if (!order) throw new Error(`no order ${orderId}`);
      return { lineItems: [{ name: "Tickets", unitAmountCents: order.total_cents, quantity: 1 }], currency: "usd", customerEmail: "ada@example.com", scopeId: order.scope_id,
        // The shop is the business that is paid.
        businessId: order.scope_id };
    },
    async saveCheckoutSession({ db, orderId, checkoutSessionId, checkoutUrl }) {
      await db.$queryRaw`UPDATE orders SET checkout_session_id = ${checkoutSessionId}, checkout_url = ${checkoutUrl} WHERE id = ${orderId}`;
    },
    async cancelUnstartedOrder({ db, orderId }) {
      await db.$queryRaw`UPDATE orders SET status = 'cancelled' WHERE id = ${orderId} AND status = 'awaiting_payment'`;
    },
    async markPaid({ db, checkout }) {
      const paid = await db.$queryRaw<OrderRow[]>`
        UPDATE orders SET status = 'paid', paid_at = now() WHERE checkout_session_id = ${checkout.checkoutSessionId} AND status = 'awaiting_payment'
        RETURNING id, status, paid_at`;
      if (paid[0]) return { outcome: "paid", orderId: paid[0].id };
      const [order] = await db.$queryRaw<OrderRow[]>`SELECT id, status, paid_at FROM orders WHERE checkout_session_id = ${checkout.checkoutSessionId}`;
      if (!order) return { outcome: "unknown_order", orderId: null };
      return { outcome: order.paid_at ? "already_paid" : "not_payable", orderId: order.id };
    },
    async cancelUnpaid({ db, checkoutSessionId }) {
      const rows = await db.$queryRaw<OrderRow[]>`
        UPDATE orders SET status = 'cancelled' WHERE checkout_session_id = ${checkoutSessionId} AND status = 'awaiting_payment' RETURNING id`;
      return rows.length === 1;
    },
    async recordLateRefund({ db, orderId, refundId }) {
      await db.$queryRaw`
        UPDATE orders SET refund_id = ${refundId}, refunds_recorded = refunds_recorded + 1 WHERE id = ${orderId} AND refund_id IS NULL`;
    },
    async findOrderCheckout({ db, orderId }) {
      const [order] = await db.$queryRaw<Array<{ checkout_session_id: string | null; paid_at: Date | null }>>`
        SELECT checkout_session_id, paid_at FROM orders WHERE id = ${orderId}`;
      return order ? { checkoutSessionId: order.checkout_session_id, paidAt: order.paid_at } : null;
    },
    async listOwnedScopeIds({ db, ownerId }) {
      const rows = await db.$queryRaw<Array<{ scope_id: string }>>`SELECT DISTINCT scope_id FROM orders WHERE owner_id = ${ownerId}`;
      return rows.map((row) => row.scope_id);
    },
  };
}
