import type { Transaction } from "../../vertical";

/**
 * Ends an unpaid order (expired hold, abandoned or failed checkout) and gives its seats and promo use back, exactly
 * once: only the call that moves it out of awaiting_payment releases anything. Call with the event locked.
 */
export async function releaseOrder({ tx, orderId, to }: { tx: Transaction; orderId: string; to: "expired" | "cancelled" }): Promise<boolean> {
  const { count } = await tx.order.updateMany({ where: { id: orderId, status: "awaiting_payment" }, data: { status: to, holdExpiresAt: null } });
  if (count === 0) return false;
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  for (const line of [...order.lines].sort((a, b) => a.ticketTypeId.localeCompare(b.ticketTypeId))) {
    await tx.ticketType.update({ where: { id: line.ticketTypeId }, data: { held: { decrement: line.quantity } } });
  }
  if (order.promoCodeId) await tx.promoCode.update({ where: { id: order.promoCodeId }, data: { uses: { decrement: 1 } } });
  return true;
}
