import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { enqueueRefundEmail } from "../orders/enqueue-refund-email";
import { TRANSACTION_OPTIONS } from "../orders/expire-lapsed-holds";
import { lockEvent } from "../orders/lock-event";
import { releaseOrder } from "../orders/release-order";
import { findOwnedEvent } from "./find-owned-event";

/** Refunds a payment in full through the app's Stripe account; null when the app has no Stripe keys. */
export type Refunder = ((input: { paymentIntentId: string; idempotencyKey: string }) => Promise<{ id: string }>) | null;

/** Closes an order's open Stripe Checkout session so its buyer can no longer pay; null when the app has no Stripe keys. */
export type CheckoutExpirer = ((checkoutSessionId: string) => Promise<unknown>) | null;

export interface CancelEventResult {
  refunded: number;
  released: number;
  /** Paid orders whose refund failed (Stripe unreachable): cancelling again retries them, never refunding twice. */
  failed: number;
}

/**
 * Cancels an organizer's own event: no more sales, unpaid orders end and release their seats, every paid order is
 * refunded in full (one idempotency key per order, so retries never refund twice) and its tickets voided; free
 * orders are cancelled and their tickets voided. Safe to run again after a partial failure.
 * The checkout sessions of the orders it ends are expired at Stripe, so their buyers cannot pay any more; a payment
 * that gets through anyway (or a session Stripe could not expire) is refunded when it arrives (the checkout flow's
 * late-payment refund). Each buyer whose order this call refunds gets one email, queued with the refund's record.
 */
export async function cancelEvent({
  db,
  organizerId,
  eventId,
  refund,
  expireCheckout = null,
  now = new Date(),
}: {
  db: Database;
  organizerId: string;
  eventId: string;
  refund: Refunder;
  expireCheckout?: CheckoutExpirer;
  now?: Date;
}): Promise<CancelEventResult> {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const result: CancelEventResult = { refunded: 0, released: 0, failed: 0 };
  const ended = await db.$transaction(async (tx) => {
    await lockEvent({ tx, eventId: event.id });
    await tx.event.update({ where: { id: event.id }, data: { status: "cancelled" } });
    const open = await tx.order.findMany({ where: { eventId: event.id, status: "awaiting_payment" }, select: { id: true, checkoutSessionId: true } });
    const released: typeof open = [];
    for (const order of open) if (await releaseOrder({ tx, orderId: order.id, to: "cancelled" })) released.push(order);
    return released;
  }, TRANSACTION_OPTIONS);
  result.released = ended.length;
  // Outside the transaction: a slow Stripe must not hold the event's lock.
  for (const { id, checkoutSessionId } of ended) {
    if (!expireCheckout || !checkoutSessionId) continue;
    await expireCheckout(checkoutSessionId).catch((error: unknown) => console.error(`event ${event.id}: expiring the checkout of order ${id} failed`, error));
  }

  const paid = await db.order.findMany({ where: { eventId: event.id, status: "paid" }, select: { id: true, totalCents: true, paymentIntentId: true } });
  for (const order of paid) {
    let refundId: string | null = null;
    if (order.totalCents > 0) {
      if (!refund || !order.paymentIntentId) {
        result.failed += 1;
        continue;
      }
      try {
        refundId = (await refund({ paymentIntentId: order.paymentIntentId, idempotencyKey: `refund-order-${order.id}` })).id;
      } catch (error) {
        console.error(`event ${event.id}: refund of order ${order.id} failed`, error);
        result.failed += 1;
        continue;
      }
    }
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.order.updateMany({
        where: { id: order.id, status: "paid" },
        data: refundId ? { status: "refunded", refundId, refundedAt: now } : { status: "cancelled" },
      });
      if (count === 0) return false;
      await tx.ticket.updateMany({ where: { orderId: order.id, voidedAt: null }, data: { voidedAt: now } });
      if (refundId) await enqueueRefundEmail({ tx, orderId: order.id });
      return true;
    });
    if (changed && refundId) result.refunded += 1;
  }
  return result;
}
