// POST /api/orders — buy tickets (prices and seats from the database, never the client); GET — my orders
import { db, route } from "../../../vertical";
import { listMyOrders } from "../../../server/orders/list-my-orders";
import { placeOrderSchema } from "../../../server/orders/order-schemas";
import { placeOrder } from "../../../server/orders/place-order";
import { checkout } from "../../../server/payments/checkout";

export const dynamic = "force-dynamic";

export const POST = route({ access: "user", body: placeOrderSchema }, async ({ user, body }) => {
  // Read before the order's transaction: paid tickets are sold only while the organizer's payout account takes charges.
  const event = await db().event.findUnique({ where: { id: body.eventId }, select: { organizerId: true } });
  const onlinePayment = event !== null && (await checkout.canTakeCardPayments(event.organizerId));
  const order = await placeOrder({ db: db(), buyer: user, input: body, onlinePayment });
  // A free order is paid at once (its tickets and their email committed with it); a paid one goes to Stripe.
  const checkoutUrl = order.status === "awaiting_payment" ? (await checkout.startCheckout(order.id)).url : null;
  return Response.json({ order, checkoutUrl }, { status: 201 });
});

export const GET = route({ access: "user" }, async ({ user }) => ({ orders: await listMyOrders({ db: db(), buyerId: user.id }) }));
