import { assertCheckoutMatchesOrder, type MarkPaidOutcome, type PaidCheckout } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import { enqueueOrderConfirmation } from "./enqueue-order-confirmation";
import { ORDER_TRANSACTION } from "./order-transaction";

/**
 * Marks the order of a paid checkout session paid, exactly once: the update applies only while the order awaits
 * payment with no paidAt, so duplicate, concurrent and late deliveries (and the success page confirming the same
 * session) end in one transition. That transition moves every shop's shipment to paid, keeps the address the buyer
 * gave on Stripe's page and queues the one receipt. An order cancelled first (its hold ran out) is not_payable: the
 * flow refunds it. A session whose amount differs from the order's total throws.
 */
export async function markOrderPaid({ db, checkout, now = new Date() }: { db: Database; checkout: PaidCheckout; now?: Date }): Promise<MarkPaidOutcome> {
  const order = await db.order.findUnique({ where: { checkoutSessionId: checkout.checkoutSessionId } });
  if (!order || (checkout.orderId && checkout.orderId !== order.id)) return { outcome: "unknown_order", orderId: checkout.orderId };
  assertCheckoutMatchesOrder(checkout, order);
  const address = checkout.shippingAddress;
  return db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: order.id, status: "awaiting_payment", paidAt: null },
      data: {
        status: "paid",
        paidAt: now,
        paymentIntentId: checkout.paymentIntentId,
        ...(address
          ? {
              shipName: address.name,
              shipLine1: address.line1,
              shipLine2: address.line2,
              shipCity: address.city,
              shipRegion: address.state,
              shipPostalCode: address.postalCode,
              shipCountry: address.country,
            }
          : {}),
      },
    });
    if (count === 0) {
      const current = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { paidAt: true } });
      return { outcome: current.paidAt ? ("already_paid" as const) : ("not_payable" as const), orderId: order.id };
    }
    const shipments = await tx.shipment.findMany({ where: { orderId: order.id }, select: { id: true } });
    await tx.shipment.updateMany({ where: { orderId: order.id }, data: { status: "paid" } });
    await tx.shipmentStatusChange.createMany({
      data: shipments.map(({ id }) => ({ shipmentId: id, fromStatus: "awaiting_payment" as const, toStatus: "paid" as const, actor: "stripe", at: now })),
    });
    await enqueueOrderConfirmation({ tx, orderId: order.id });
    return { outcome: "paid" as const, orderId: order.id };
  }, ORDER_TRANSACTION);
}
