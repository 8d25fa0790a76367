// POST /api/orders — place a pickup order (prices from the menu, never from the client); GET — my orders
import { db, route } from "../../../vertical";
import { listCustomerOrders } from "../../../server/orders/list-customer-orders";
import { placeOrderSchema } from "../../../server/orders/order-schemas";
import { placeOrder } from "../../../server/orders/place-order";
import { checkout } from "../../../server/payments/checkout";

export const dynamic = "force-dynamic";

export const POST = route({ access: "user", body: placeOrderSchema }, async ({ user, body }) => {
  // Checked before anything is written: a restaurant whose payout account cannot take charges gets no card orders.
  const onlinePayment = body.paymentMethod === "stripe" && (await checkout.canTakeCardPayments(body.restaurantId));
  const order = await placeOrder({ db: db(), customer: user, input: body, onlinePayment });
  // Pay at pickup is confirmed at once (its email committed with it); a card payment goes to Stripe.
  const checkoutUrl = order.status === "awaiting_payment" ? (await checkout.startCheckout(order.id)).url : null;
  return Response.json({ order, checkoutUrl }, { status: 201 });
});

export const GET = route({ access: "user" }, async ({ user }) => ({ orders: await listCustomerOrders({ db: db(), customerId: user.id }) }));
