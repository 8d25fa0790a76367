import { AppError } from "@stepperslife/http";
import type { ShareRefunder } from "@stepperslife/vertical/server";
import type { Database } from "../../vertical";
import { ORDER_TRANSACTION } from "../orders/order-transaction";
import { enqueueReturnEmail } from "./enqueue-return-email";
import { findOwnedReturn } from "./find-owned-return";

/**
 * The shop takes the items back: the request is approved once (optionally putting the items back into stock), then
 * the lines' price is refunded from that shop's share of the payment, reversing that part of its transfer. The refund
 * is named by the return (`return-<id>`), so a second click, a retry after Stripe failed, or two tabs at once refund it
 * once; the buyer is emailed when Stripe took it.
 */
export async function approveReturn({
  db,
  refundShare,
  ownerId,
  returnId,
  restock,
  now = new Date(),
}: { db: Database; refundShare: ShareRefunder; ownerId: string; returnId: string; restock: boolean; now?: Date }) {
  if (!refundShare) throw new AppError("unavailable", "Refunds are not set up on this store right now; try again later.");
  const request = await db.$transaction(async (tx) => {
    const found = await findOwnedReturn({ tx, ownerId, returnId });
    if (found.status === "declined") throw new AppError("conflict", "This return was declined; it cannot be approved now.");
    if (found.status === "approved") return found;
    await tx.returnRequest.update({ where: { id: returnId }, data: { status: "approved", decidedAt: now, restocked: restock } });
    if (restock) {
      for (const line of found.lines) {
        // A variant the shop deleted since has no shelf to go back to.
        if (line.orderLine.variantId) {
          await tx.productVariant.updateMany({ where: { id: line.orderLine.variantId }, data: { stock: { increment: line.quantity } } });
        }
      }
    }
    return { ...found, status: "approved" as const, decidedAt: now, restocked: restock };
  }, ORDER_TRANSACTION);
  if (request.refundId) return toDecision(request);

  const { order } = request.shipment;
  let refundId: string;
  try {
    ({ refundId } = await refundShare({
      orderId: order.id,
      businessId: request.shopId,
      paymentIntentId: order.paymentIntentId!,
      transferGroup: `order-${order.id}`,
      refundCents: request.refundCents,
      refundKey: `return-${request.id}`,
    }));
  } catch (error) {
    if (error instanceof RangeError) {
      throw new AppError("conflict", "Less than this return's amount is left of the payment for your shop (a dispute or an earlier refund took it).", { cause: error });
    }
    throw error;
  }
  await db.$transaction(async (tx) => {
    const recorded = await tx.returnRequest.updateMany({ where: { id: request.id, refundId: null }, data: { refundId, refundedAt: now } });
    if (recorded.count === 1) await enqueueReturnEmail({ tx, returnId: request.id, step: "refunded" });
  });
  return toDecision({ ...request, refundId });
}

function toDecision(request: { id: string; status: string; refundCents: number; restocked: boolean; refundId: string | null }) {
  return { id: request.id, status: request.status, refundCents: request.refundCents, restocked: request.restocked, refunded: request.refundId !== null };
}
