import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { ORDER_TRANSACTION } from "./order-transaction";
import { releaseOrder } from "./release-order";

/**
 * Cancels the unpaid order of a checkout session (Stripe's checkout.session.expired) or by id (checkout could not
 * start, the hold ran out) and restocks it; false when there is no such order or it is no longer awaiting payment.
 */
export async function cancelUnpaidOrder(input: { db: Database; checkoutSessionId?: string; orderId?: string; actor?: "stripe" | "system" }): Promise<boolean> {
  const { db, checkoutSessionId, orderId, actor = "system" } = input;
  const order = await db.order.findFirst({ where: checkoutSessionId ? { checkoutSessionId } : { id: orderId }, select: { id: true } });
  if (!order) return false;
  const released = await db.$transaction((tx) => releaseOrder({ tx, orderId: order.id, actor }), ORDER_TRANSACTION);
  if (released) forgetCatalogSnapshot({ db });
  return released;
}
