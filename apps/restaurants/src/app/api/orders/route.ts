// POST /api/orders — place a pickup order (prices from the menu, never from the client); GET — my orders
import { appBaseUrl, db, payments, route } from "../../../vertical";
import { onOrderConfirmed } from "../../../server/order-effects";
import { listCustomerOrders } from "../../../server/orders/list-customer-orders";
import { placeOrderSchema } from "../../../server/orders/order-schemas";
import { placeOrder } from "../../../server/orders/place-order";
import { startOrderCheckout } from "../../../server/payments/start-order-checkout";

export const dynamic = "force-dynamic";

export const POST = route({ access: "user", body: placeOrderSchema }, async ({ user, body }) => {
  const account = payments();
  const order = await placeOrder({ db: db(), customer: user, input: body, onlinePayment: account !== null });
  if (body.paymentMethod === "stripe" && account) {
    const { url } = await startOrderCheckout({ db: db(), payments: account, orderId: order.id, appUrl: appBaseUrl() });
    return Response.json({ order, checkoutUrl: url }, { status: 201 });
  }
  await onOrderConfirmed(order.id);
  return Response.json({ order, checkoutUrl: null }, { status: 201 });
});

export const GET = route({ access: "user" }, async ({ user }) => ({ orders: await listCustomerOrders({ db: db(), customerId: user.id }) }));
