import type { Transaction } from "../../vertical";

/**
 * Ends an unpaid order (its payment page expired, was never opened, or its hold ran out) and gives its stock back,
 * exactly once: only the call that moves it out of awaiting_payment restocks anything. Variants in id order, as
 * placing takes them, so a release and a purchase never deadlock.
 */
export async function releaseOrder({ tx, orderId, actor, now = new Date() }: { tx: Transaction; orderId: string; actor: "stripe" | "system"; now?: Date }): Promise<boolean> {
  const { count } = await tx.order.updateMany({ where: { id: orderId, status: "awaiting_payment", paidAt: null }, data: { status: "cancelled" } });
  if (count === 0) return false;
  const lines = await tx.orderLine.findMany({ where: { orderId, variantId: { not: null } }, orderBy: { variantId: "asc" } });
  for (const line of lines) await tx.productVariant.update({ where: { id: line.variantId! }, data: { stock: { increment: line.quantity } } });
  const shipments = await tx.shipment.findMany({ where: { orderId }, select: { id: true } });
  await tx.shipment.updateMany({ where: { orderId }, data: { status: "cancelled" } });
  await tx.shipmentStatusChange.createMany({
    data: shipments.map(({ id }) => ({ shipmentId: id, fromStatus: "awaiting_payment" as const, toStatus: "cancelled" as const, actor, at: now })),
  });
  return true;
}
