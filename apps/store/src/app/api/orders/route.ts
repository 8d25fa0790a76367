// POST /api/orders — order the cart (stock held, one payment at Stripe for every shop); GET — my orders
import { db, route } from "@/vertical";
import { cartBodySchema } from "@/server/cart/cart-schemas";
import { checkShopsTakePayments } from "@/server/orders/check-shops-take-payments";
import { listCustomerOrders } from "@/server/orders/list-customer-orders";
import { placeOrder } from "@/server/orders/place-order";
import { checkout } from "@/server/payments/checkout";

export const dynamic = "force-dynamic";

export const POST = route({ access: "user", body: cartBodySchema }, async ({ user, body }) => {
  // Checked before any stock is taken: a shop whose payout account cannot take charges is named to the buyer.
  await checkShopsTakePayments({ db: db(), lines: body.lines, canTakeCardPayments: checkout.canTakeCardPayments });
  const order = await placeOrder({ db: db(), customer: user, lines: body.lines });
  const { url } = await checkout.startCheckout(order.id);
  return Response.json({ order, checkoutUrl: url }, { status: 201 });
});

export const GET = route({ access: "user" }, async ({ user }) => ({ orders: await listCustomerOrders({ db: db(), customerId: user.id }) }));
