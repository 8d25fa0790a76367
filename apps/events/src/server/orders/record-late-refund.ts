import type { Database } from "../../vertical";
import { enqueueRefundEmail } from "./enqueue-refund-email";

/**
 * Records the refund of a payment that arrived for an order that can no longer be honoured (its event was
 * cancelled, or its hold expired and the seats were sold), once: only an unpaid expired or cancelled order moves.
 * When the event was cancelled the same transaction queues the buyer's email, so a redelivery never emails twice.
 */
export async function recordLateRefund(input: { db: Database; orderId: string; refundId: string; paymentIntentId: string; now: Date }): Promise<void> {
  const { db, orderId, refundId, paymentIntentId, now } = input;
  await db.$transaction(async (tx) => {
    const where = { id: orderId, status: { in: ["expired" as const, "cancelled" as const] }, paidAt: null };
    const { count } = await tx.order.updateMany({ where, data: { status: "refunded", refundId, refundedAt: now, paymentIntentId } });
    if (count === 0) return;
    const { event } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { event: { select: { status: true } } } });
    if (event.status === "cancelled") await enqueueRefundEmail({ tx, orderId });
  });
}
