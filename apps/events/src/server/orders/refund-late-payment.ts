import type { Database } from "../../vertical";
import type { OnOrderRefunded, Refunder } from "../organizer/cancel-event";
import { enqueueRefundEmail } from "./enqueue-refund-email";

/**
 * A payment that arrived for an order that can no longer be honoured (its event was cancelled, or its hold expired
 * and the seats were sold): refunds it in full (one idempotency key per order, so redeliveries never refund twice)
 * and records the refund on the order. Throws without Stripe, so the webhook log shows it failed. When the event was
 * cancelled, the transaction that records the refund queues the buyer's email, so a redelivery never emails twice;
 * `onRefunded` runs after it commits.
 */
export async function refundLatePayment({
  db,
  refund,
  orderId,
  paymentIntentId,
  onRefunded = async () => {},
  now = new Date(),
}: {
  db: Database;
  refund: Refunder;
  orderId: string;
  paymentIntentId: string | null;
  onRefunded?: OnOrderRefunded;
  now?: Date;
}): Promise<void> {
  if (!refund || !paymentIntentId) throw new Error(`order ${orderId} was paid but cannot be honoured, and cannot be refunded automatically: refund it by hand`);
  const { id } = await refund({ paymentIntentId, idempotencyKey: `refund-order-${orderId}` });
  const emailed = await db.$transaction(async (tx) => {
    const where = { id: orderId, status: { in: ["expired" as const, "cancelled" as const] }, paidAt: null };
    const { count } = await tx.order.updateMany({ where, data: { status: "refunded", refundId: id, refundedAt: now, paymentIntentId } });
    if (count === 0) return false;
    const { event } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { event: { select: { status: true } } } });
    if (event.status !== "cancelled") return false;
    await enqueueRefundEmail({ tx, orderId });
    return true;
  });
  if (emailed) await onRefunded(orderId);
}
