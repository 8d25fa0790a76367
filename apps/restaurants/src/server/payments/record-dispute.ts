import type { DisputedPayment } from "@stepperslife/payments";
import { notifyDisputedPayment } from "@stepperslife/vertical/server";
import { appBaseUrl, type Database } from "../../vertical";

/**
 * A customer's bank disputed a card payment to a restaurant: its owner (whoever set up its payouts) is emailed, in the
 * transaction that marked the payment disputed, so the email is queued exactly when the dispute is first recorded.
 */
export async function recordDispute({ db: tx, ...dispute }: DisputedPayment<Database>): Promise<void> {
  const restaurant = await tx.restaurant.findUniqueOrThrow({ where: { id: dispute.scopeId }, select: { id: true, name: true } });
  await notifyDisputedPayment(tx, {
    dispute,
    businessName: restaurant.name,
    // The code the customer's receipt and the owner's board show.
    orderLabel: `order ${dispute.orderId.slice(0, 6).toUpperCase()}`,
    payoutsUrl: `${appBaseUrl()}/dashboard/restaurants/${restaurant.id}/payouts`,
  });
}
