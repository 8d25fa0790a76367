import { orNotFound, parseRouteParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { OrderStatus } from "@/components/order-status";
import { getOrder } from "@/server/orders/get-order";
import { checkout } from "@/server/payments/checkout";
import { auth, db } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const orderParams = z.object({ id: z.uuid() });

/** An order's page (Stripe's success and cancel pages land here): confirms a returning checkout, then shows live status. */
export default async function OrderPage({ params, searchParams }: Props) {
  const [raw, query] = await Promise.all([params, searchParams]);
  // Signed in first (a malformed link still asks who you are), then a 404 for anything but an order id.
  const user = await auth.requireUser(`/orders/${raw.id}`);
  const { id } = await parseRouteParams(raw, orderParams);
  const sessionId = typeof query.session_id === "string" ? query.session_id : null;
  if (sessionId) {
    // The webhook may not have arrived yet: ask Stripe directly (the same exactly-once update).
    await checkout.confirmCheckout({ orderId: id, sessionId }).catch((error: unknown) => {
      console.error(`order ${id}: confirming checkout ${sessionId} failed`, error);
    });
  }
  const order = await orNotFound(getOrder({ db: db(), orderId: id, userId: user.id }));
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>
        Order {order.code} from <Link href={`/r/${order.restaurant.slug}`}>{order.restaurant.name}</Link>
      </h1>
      {query.checkout === "cancelled" && order.status === "awaiting_payment" ? <p className="sl-notice">Payment was not completed. You can pay now, or the order is cancelled when the payment page expires.</p> : null}
      <OrderStatus initial={order} />
      <p>
        <Link href="/orders">All my orders</Link>
      </p>
    </div>
  );
}
