import type { Database } from "../../vertical";

/** An abandoned checkout (session expired): the order is cancelled if, and only if, it was never paid. */
export async function cancelUnpaidOrder({ db, checkoutSessionId }: { db: Database; checkoutSessionId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { checkoutSessionId }, select: { id: true } });
    if (!order) return false;
    const { count } = await tx.order.updateMany({ where: { id: order.id, status: "awaiting_payment", paidAt: null }, data: { status: "cancelled" } });
    if (count === 1) await tx.orderStatusChange.create({ data: { orderId: order.id, fromStatus: "awaiting_payment", toStatus: "cancelled", actor: "stripe" } });
    return count === 1;
  });
}
