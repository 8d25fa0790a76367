import "server-only";
import { vertical } from "../../vertical";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import { markOrderPaid } from "../orders/mark-order-paid";
import { recordLateRefund } from "../orders/record-late-refund";
import { recordDispute } from "./record-dispute";

/**
 * One payment for a cart across shops on the shared Stripe flow: the charge stays with the store, each shop's part
 * (its lines and its shipping) is transferred to the shop's own account after payment, less the platform fee.
 */
export const checkout = vertical.checkout({
  scopeKey: "shopId",
  notOwnedMessage: "There is no such webhook event for your shops.",
  noCardPaymentsMessage: "A shop in your cart cannot take payments right now; remove its items or try again later.",
  async loadCheckoutOrder({ db, orderId }) {
    const order = await db.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { shipments: { include: { shop: { select: { id: true, name: true } }, lines: true }, orderBy: { createdAt: "asc" } } },
    });
    // Prices as copied onto the order when it was placed, never from the request.
    const lineItems = order.shipments.flatMap((shipment) => [
      ...shipment.lines.map((line) => ({
        name: `${[line.productName, line.variantLabel].filter(Boolean).join(", ")} (${shipment.shop.name})`,
        unitAmountCents: line.unitPriceCents,
        quantity: line.quantity,
      })),
      ...(shipment.shippingCents > 0 ? [{ name: `Shipping from ${shipment.shop.name}`, unitAmountCents: shipment.shippingCents, quantity: 1 }] : []),
    ]);
    const first = order.shipments[0]!.shop.id;
    return {
      lineItems,
      currency: order.currency,
      customerEmail: order.customerEmail,
      scopeId: first,
      businessId: first,
      // Each shop is paid its lines and its shipping.
      shares: order.shipments.map((shipment) => ({
        businessId: shipment.shopId,
        scopeId: shipment.shopId,
        amountCents: shipment.subtotalCents + shipment.shippingCents,
      })),
      shippingCountries: ["US"],
    };
  },
  async saveCheckoutSession({ db, orderId, checkoutSessionId, checkoutUrl }) {
    await db.order.update({ where: { id: orderId }, data: { checkoutSessionId, checkoutUrl } });
  },
  async cancelUnstartedOrder({ db, orderId }) {
    await cancelUnpaidOrder({ db, orderId });
  },
  markPaid: ({ db, checkout: paid }) => markOrderPaid({ db, checkout: paid }),
  cancelUnpaid: ({ db, checkoutSessionId }) => cancelUnpaidOrder({ db, checkoutSessionId, actor: "stripe" }),
  recordLateRefund,
  recordDispute,
  findOrderCheckout: ({ db, orderId }) => db.order.findUnique({ where: { id: orderId }, select: { checkoutSessionId: true, paidAt: true } }),
  async listOwnedScopeIds({ db, ownerId }) {
    return (await db.shop.findMany({ where: { ownerId }, select: { id: true } })).map(({ id }) => id);
  },
});
