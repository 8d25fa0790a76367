// POST /api/orders — buy tickets (prices and seats from the database, never the client); GET — my orders
import { appBaseUrl, db, payments, route } from "../../../vertical";
import { onOrderPaid } from "../../../server/order-effects";
import { listMyOrders } from "../../../server/orders/list-my-orders";
import { placeOrderSchema } from "../../../server/orders/order-schemas";
import { placeOrder } from "../../../server/orders/place-order";
import { startOrderCheckout } from "../../../server/payments/start-order-checkout";

export const dynamic = "force-dynamic";

export const POST = route({ access: "user", body: placeOrderSchema }, async ({ user, body }) => {
  const account = payments();
  const order = await placeOrder({ db: db(), buyer: user, input: body, onlinePayment: account !== null });
  if (order.status === "awaiting_payment" && account) {
    const { url } = await startOrderCheckout({ db: db(), payments: account, orderId: order.id, appUrl: appBaseUrl() });
    return Response.json({ order, checkoutUrl: url }, { status: 201 });
  }
  await onOrderPaid(order.id);
  return Response.json({ order, checkoutUrl: null }, { status: 201 });
});

export const GET = route({ access: "user" }, async ({ user }) => ({ orders: await listMyOrders({ db: db(), buyerId: user.id }) }));
