import type { CheckoutExpirer } from "@stepperslife/vertical/server";
import type { Database } from "../../vertical";
import { cancelUnpaidOrder } from "./cancel-unpaid-order";

/**
 * The sweep behind Stripe's own checkout.session.expired: orders still unpaid after their hold ran out (the webhook
 * lost, or Stripe unreachable when checkout began) give their stock back. The payment page is closed first; a session
 * Stripe says is complete is left alone, its payment is on its way and marks the order paid.
 */
export async function expireLapsedOrders({ db, expireCheckout, now = new Date(), limit = 100 }: {
  db: Database;
  expireCheckout: CheckoutExpirer;
  now?: Date;
  limit?: number;
}): Promise<number> {
  const lapsed = await db.order.findMany({
    where: { status: "awaiting_payment", holdExpiresAt: { lt: now } },
    select: { id: true, checkoutSessionId: true },
    orderBy: { holdExpiresAt: "asc" },
    take: limit,
  });
  let released = 0;
  for (const order of lapsed) {
    if (order.checkoutSessionId && expireCheckout) {
      const { status } = await expireCheckout(order.checkoutSessionId);
      if (status === "complete") continue;
    }
    if (await cancelUnpaidOrder({ db, orderId: order.id })) released += 1;
  }
  return released;
}
