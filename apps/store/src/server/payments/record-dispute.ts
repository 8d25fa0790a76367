import type { DisputedPayment } from "@stepperslife/payments";
import { notifyDisputedPayment } from "@stepperslife/vertical/server";
import { appBaseUrl, type Database } from "../../vertical";
import { orderCode } from "../orders/order-code";

/**
 * A buyer's bank disputed a card payment that included a shop's part: the shop's owner (whoever set up its payouts) is
 * emailed, in the transaction that marked the payment disputed, so the email is queued exactly when the dispute is
 * first recorded.
 */
export async function recordDispute({ db: tx, ...dispute }: DisputedPayment<Database>): Promise<void> {
  const shop = await tx.shop.findUniqueOrThrow({ where: { id: dispute.businessId }, select: { id: true, name: true } });
  await notifyDisputedPayment(tx, {
    dispute,
    businessName: shop.name,
    // The code the buyer's receipt and the owner's order queue show.
    orderLabel: `order ${orderCode(dispute.orderId)}`,
    payoutsUrl: `${appBaseUrl()}/dashboard/shops/${shop.id}/payouts`,
  });
}
