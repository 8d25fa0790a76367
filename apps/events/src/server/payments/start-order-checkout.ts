import { createCheckoutSession, type Payments } from "@stepperslife/payments";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";

/**
 * Opens Stripe Checkout for an order awaiting payment, with the prices stored on the order (copied from the ticket
 * types when it was placed) and the promo discount as a reduced line. If Stripe cannot be reached the order is
 * cancelled (its seats released) and a 502 explains it.
 */
export async function startOrderCheckout({ db, payments, orderId, appUrl }: { db: Database; payments: Payments; orderId: string; appUrl: string }): Promise<{ url: string }> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, event: { select: { id: true, title: true } } } });
  const lineItems =
    order.discountCents === 0
      ? order.lines.map((line) => ({ name: `${line.name} — ${order.event.title}`, unitAmountCents: line.unitPriceCents, quantity: line.quantity }))
      : [{ name: `${order.lines.reduce((sum, line) => sum + line.quantity, 0)} tickets — ${order.event.title} (promo applied)`, unitAmountCents: order.totalCents, quantity: 1 }];
  try {
    const session = await createCheckoutSession(payments, {
      lineItems,
      currency: order.currency,
      successUrl: `${appUrl}/orders/${order.id}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${appUrl}/orders/${order.id}?checkout=cancelled`,
      customerEmail: order.buyerEmail,
      clientReferenceId: order.id,
      metadata: { orderId: order.id, eventId: order.event.id },
      idempotencyKey: `checkout-order-${order.id}`,
      expiresInMinutes: 30,
    });
    await db.order.update({ where: { id: order.id }, data: { checkoutSessionId: session.id, checkoutUrl: session.url } });
    return { url: session.url };
  } catch (error) {
    await cancelUnpaidOrder({ db, orderId: order.id, to: "cancelled" });
    if (error instanceof AppError) throw error;
    throw new AppError("bad_gateway", "We could not reach the payment service; your order was not placed. Try again.", { cause: error });
  }
}
