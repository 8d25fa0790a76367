import type { PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { OrderStatus } from "@/components/order-status";
import { getOrder } from "@/server/orders/get-order";
import { checkout } from "@/server/payments/checkout";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

type Props = { params: Promise<{ id: string }>; searchParams: PageParams };

/** An order's page (Stripe's success and cancel pages land here): confirms a returning checkout, then shows live status. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { order, leftPaymentPage } = await checkout.loadOrderPage({ params, searchParams, load: getOrder });
  return (
    <div className="sl-stack">
      <h1 style={{ margin: 0 }}>
        Order {order.code} from <Link href={`/r/${order.restaurant.slug}`}>{order.restaurant.name}</Link>
      </h1>
      {leftPaymentPage && order.status === "awaiting_payment" ? <p className="sl-notice">Payment was not completed. You can pay now, or the order is cancelled when the payment page expires.</p> : null}
      <OrderStatus initial={order} />
      <p>
        <Link href="/orders">All my orders</Link>
      </p>
    </div>
  );
}
