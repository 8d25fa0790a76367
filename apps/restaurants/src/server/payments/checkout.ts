import "server-only";
import { vertical } from "../../vertical";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import { markOrderPaid } from "../orders/mark-order-paid";
import { recordLateRefund } from "./record-late-refund";
import { recordDispute } from "./record-dispute";

/**
 * Pickup orders on the shared Stripe flow: what each step does to an order here (its status history, the
 * confirmation email in markOrderPaid's transaction); the flow itself is @stepperslife/payments'.
 */
export const checkout = vertical.checkout({
  scopeKey: "restaurantId",
  notOwnedMessage: "There is no such webhook event for your restaurants.",
  noCardPaymentsMessage: "This restaurant does not take card payments online yet; choose pay at pickup.",
  async loadCheckoutOrder({ db, orderId }) {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true, restaurant: { select: { id: true, name: true } } } });
    return {
      // Prices as copied from the menu when the order was placed, never from the request.
      lineItems: order.items.map((item) => ({ name: `${item.name} (${order.restaurant.name})`, unitAmountCents: item.unitPriceCents, quantity: item.quantity })),
      currency: order.currency,
      customerEmail: order.customerEmail,
      scopeId: order.restaurant.id,
      // Each restaurant is paid into its own account.
      businessId: order.restaurant.id,
    };
  },
  async saveCheckoutSession({ db, orderId, checkoutSessionId, checkoutUrl }) {
    await db.order.update({ where: { id: orderId }, data: { checkoutSessionId, checkoutUrl } });
  },
  async cancelUnstartedOrder({ db, orderId }) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.order.updateMany({ where: { id: orderId, status: "awaiting_payment" }, data: { status: "cancelled" } });
      if (count === 1) await tx.orderStatusChange.create({ data: { orderId, fromStatus: "awaiting_payment", toStatus: "cancelled", actor: "system" } });
    });
  },
  markPaid: ({ db, checkout: paid }) => markOrderPaid({ db, checkout: paid }),
  cancelUnpaid: ({ db, checkoutSessionId }) => cancelUnpaidOrder({ db, checkoutSessionId }),
  recordLateRefund,
  // The owner's email about a customer's bank disputing a payment, queued in the transaction that records it.
  recordDispute,
  findOrderCheckout: ({ db, orderId }) => db.order.findUnique({ where: { id: orderId }, select: { checkoutSessionId: true, paidAt: true } }),
  async listOwnedScopeIds({ db, ownerId }) {
    return (await db.restaurant.findMany({ where: { ownerId }, select: { id: true } })).map(({ id }) => id);
  },
});
