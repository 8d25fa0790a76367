import type { Database } from "../../vertical";
import { TRANSACTION_OPTIONS } from "./expire-lapsed-holds";
import { lockEvent } from "./lock-event";
import { releaseOrder } from "./release-order";

/**
 * Ends the unpaid order of a checkout session (Stripe's checkout.session.expired, or checkout that could not start)
 * and releases its seats; false when there is no such order or it is no longer awaiting payment.
 */
export async function cancelUnpaidOrder({ db, checkoutSessionId, orderId, to = "expired" }: { db: Database; checkoutSessionId?: string; orderId?: string; to?: "expired" | "cancelled" }): Promise<boolean> {
  const order = await db.order.findFirst({ where: checkoutSessionId ? { checkoutSessionId } : { id: orderId }, select: { id: true, eventId: true } });
  if (!order) return false;
  return db.$transaction(async (tx) => {
    await lockEvent({ tx, eventId: order.eventId });
    return releaseOrder({ tx, orderId: order.id, to });
  }, TRANSACTION_OPTIONS);
}
