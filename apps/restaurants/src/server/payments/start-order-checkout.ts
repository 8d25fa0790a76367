import { createCheckoutSession, type Payments } from "@stepperslife/payments";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/**
 * Opens Stripe Checkout for an order awaiting payment. Line items and prices are read from the order in the
 * database (copied from the menu when it was placed), never from the request. If Stripe cannot be reached the
 * order is cancelled and a 502 explains it.
 */
export async function startOrderCheckout({ db, payments, orderId, appUrl }: { db: Database; payments: Payments; orderId: string; appUrl: string }): Promise<{ url: string }> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true, restaurant: { select: { id: true, name: true } } } });
  try {
    const session = await createCheckoutSession(payments, {
      lineItems: order.items.map((item) => ({ name: `${item.name} (${order.restaurant.name})`, unitAmountCents: item.unitPriceCents, quantity: item.quantity })),
      currency: order.currency,
      successUrl: `${appUrl}/orders/${order.id}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${appUrl}/orders/${order.id}?checkout=cancelled`,
      customerEmail: order.customerEmail,
      clientReferenceId: order.id,
      metadata: { orderId: order.id, restaurantId: order.restaurant.id },
      idempotencyKey: `checkout-order-${order.id}`,
      expiresInMinutes: 30,
    });
    await db.order.update({ where: { id: order.id }, data: { checkoutSessionId: session.id, checkoutUrl: session.url } });
    return { url: session.url };
  } catch (error) {
    await db.$transaction([
      db.order.updateMany({ where: { id: order.id, status: "awaiting_payment" }, data: { status: "cancelled" } }),
      db.orderStatusChange.create({ data: { orderId: order.id, fromStatus: "awaiting_payment", toStatus: "cancelled", actor: "system" } }),
    ]);
    if (error instanceof AppError) throw error;
    throw new AppError("bad_gateway", "We could not reach the payment service; your order was not placed. Try again.", { cause: error });
  }
}
