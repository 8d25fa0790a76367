import "server-only";
import { vertical } from "../../vertical";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import { markOrderPaid } from "../orders/mark-order-paid";
import { recordLateRefund } from "../orders/record-late-refund";
import { recordDispute } from "./record-dispute";

/**
 * Ticket orders on the shared Stripe flow: what each step does to an order here (seats held, sold, released; the
 * tickets and their email in markOrderPaid's transaction); the flow itself is @stepperslife/payments'.
 */
export const checkout = vertical.checkout({
  scopeKey: "eventId",
  notOwnedMessage: "There is no such webhook event for your events.",
  noCardPaymentsMessage: "Paid tickets are not on sale yet: the organizer has not finished setting up payouts.",
  async loadCheckoutOrder({ db, orderId }) {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, event: { select: { id: true, title: true, organizerId: true } } } });
    const tickets = order.lines.reduce((sum, line) => sum + line.quantity, 0);
    // With a promo code the discount is spread over the order: one line at the discounted total.
    const lineItems =
      order.discountCents === 0
        ? order.lines.map((line) => ({ name: `${line.name} — ${order.event.title}`, unitAmountCents: line.unitPriceCents, quantity: line.quantity }))
        : [{ name: `${tickets} tickets — ${order.event.title} (promo applied)`, unitAmountCents: order.totalCents, quantity: 1 }];
    // The organizer is the business that is paid, for all their events.
    return { lineItems, currency: order.currency, customerEmail: order.buyerEmail, scopeId: order.event.id, businessId: order.event.organizerId };
  },
  async saveCheckoutSession({ db, orderId, checkoutSessionId, checkoutUrl }) {
    await db.order.update({ where: { id: orderId }, data: { checkoutSessionId, checkoutUrl } });
  },
  cancelUnstartedOrder: async ({ db, orderId }) => void (await cancelUnpaidOrder({ db, orderId, to: "cancelled" })),
  markPaid: ({ db, checkout: paid }) => markOrderPaid({ db, checkout: paid }),
  cancelUnpaid: ({ db, checkoutSessionId }) => cancelUnpaidOrder({ db, checkoutSessionId }),
  recordLateRefund,
  // The owner's email about a customer's bank disputing a payment, queued in the transaction that records it.
  recordDispute,
  findOrderCheckout: ({ db, orderId }) => db.order.findUnique({ where: { id: orderId }, select: { checkoutSessionId: true, paidAt: true } }),
  async listOwnedScopeIds({ db, ownerId }) {
    return (await db.event.findMany({ where: { organizerId: ownerId }, select: { id: true } })).map(({ id }) => id);
  },
});
