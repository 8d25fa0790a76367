import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import type { OrderStatusName } from "./order-schemas";
import { enqueueOrderStatusEmail } from "./enqueue-order-status-email";
import { canMoveOrder } from "./order-transitions";
import { orderViewInclude, toOrderView, type OrderView } from "./to-order-view";

/** Gives the money of a paid order back (Stripe's refund, idempotent by key); null when the app has no Stripe. */
export type RefundPayment = ((input: { paymentIntentId: string; idempotencyKey: string }) => Promise<{ id: string }>) | null;

export interface ChangeOrderStatusOptions {
  db: Database;
  ownerId: string;
  orderId: string;
  to: Exclude<OrderStatusName, "awaiting_payment" | "new">;
  refund: RefundPayment;
}

/**
 * Moves an order along the board. An illegal move, or one that lost a race with another change, is refused with
 * 409 (the update is conditional on the status it was read in). Cancelling a paid order refunds it; cancelling
 * again an order whose refund failed retries the refund. Accepting and marking ready email the customer, queued in
 * the transaction of the move.
 */
export async function changeOrderStatus({ db, ownerId, orderId, to, refund }: ChangeOrderStatusOptions): Promise<OrderView> {
  const order = await db.order.findFirst({ where: { id: orderId, restaurant: { ownerId } } });
  if (!order) throw new AppError("not_found", "There is no such order among your restaurants'.");
  const retryRefund = order.status === "cancelled" && to === "cancelled" && order.paidAt && !order.refundedAt;
  if (!retryRefund) {
    if (!canMoveOrder(order.status, to)) throw new AppError("conflict", `An order that is ${order.status.replace("_", " ")} cannot become ${to.replace("_", " ")}.`);
    const moved = await db.$transaction(async (tx) => {
      const { count } = await tx.order.updateMany({ where: { id: orderId, status: order.status }, data: { status: to } });
      if (count !== 1) return false;
      await tx.orderStatusChange.create({ data: { orderId, fromStatus: order.status, toStatus: to, actor: "owner" } });
      await enqueueOrderStatusEmail({ tx, orderId, status: to });
      return true;
    });
    if (!moved) throw new AppError("conflict", "This order was changed meanwhile; reload the board.");
  }
  if (to === "cancelled" && order.paidAt && order.paymentIntentId && !order.refundedAt) {
    if (!refund) throw new AppError("unavailable", "The order is cancelled, but refunds need Stripe, which is not configured.");
    try {
      const result = await refund({ paymentIntentId: order.paymentIntentId, idempotencyKey: `refund-order-${orderId}` });
      await db.order.updateMany({ where: { id: orderId, refundedAt: null }, data: { refundId: result.id, refundedAt: new Date() } });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError("bad_gateway", "The order is cancelled but the refund failed; cancel it again to retry the refund.", { cause: error });
    }
  }
  return toOrderView(await db.order.findUniqueOrThrow({ where: { id: orderId }, include: orderViewInclude }));
}
