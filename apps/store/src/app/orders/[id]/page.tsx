import { formatDateTime } from "@stepperslife/format";
import type { PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { formatPrice } from "@/server/catalog/format-price";
import { SHIPMENT_STEPS } from "@/server/orders/describe-shipment-status";
import { getCustomerOrder } from "@/server/orders/get-customer-order";
import { checkout } from "@/server/payments/checkout";
import { ParcelList } from "@/components/parcel-list";
import { ShipmentReturns } from "@/components/shipment-returns";
import "../../catalog.css";
import "../../orders.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

type Props = { params: Promise<{ id: string }>; searchParams: PageParams };

/**
 * An order's page, where Stripe's success and cancel pages land: the returning checkout confirmed first, then one
 * box per shop with its progress (paid → packed → shipped → delivered), its lines, its parcels' tracking links and its
 * returns.
 */
export default async function OrderPage({ params, searchParams }: Props) {
  const { order, leftPaymentPage } = await checkout.loadOrderPage({
    params,
    searchParams,
    load: ({ db, orderId, userId }) => getCustomerOrder({ db, orderId, customerId: userId }),
  });
  const now = new Date();
  return (
    <div className="sl-stack">
      <nav aria-label="Breadcrumb" className="st-crumbs">
        <Link href="/">Store</Link> / <Link href="/orders">My purchases</Link>
      </nav>
      <h1 style={{ margin: 0 }}>Order {order.code}</h1>
      {order.status === "awaiting_payment" ? (
        <div className="sl-notice" role="status">
          <p>{leftPaymentPage ? "Payment was not completed." : "This order is waiting for its payment."} Its items are held for you until the payment page expires.</p>
          {order.checkoutUrl ? <a className="sl-button" href={order.checkoutUrl}>Pay {formatPrice(order.totalCents)}</a> : null}
        </div>
      ) : null}
      {order.status === "cancelled" ? (
        <p className="sl-notice" role="status">
          {order.statusLabel}. {order.paidAt ? "" : "Nothing was charged; the items went back on sale."}
        </p>
      ) : null}
      <dl className="st-order__facts">
        <dt>Total</dt>
        <dd>{formatPrice(order.totalCents)} {order.paidAt ? `paid ${formatDateTime(order.paidAt, order.shipments[0]!.shop.timeZone, { now })}` : ""}</dd>
        {order.shipTo ? (
          <>
            <dt>Ships to</dt>
            <dd>{[order.shipTo.name, ...order.shipTo.lines].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {order.shipments.map((shipment) => {
        const reached = SHIPMENT_STEPS.indexOf(shipment.status);
        return (
          <section key={shipment.id} className="st-shipment sl-box" aria-label={`From ${shipment.shop.name}`}>
            <header className="st-shipment__head">
              <h2 className="sl-box__title">
                From <Link href={`/shops/${shipment.shop.slug}`}>{shipment.shop.name}</Link>
              </h2>
              <span className="sl-badge" data-status={shipment.status}>{shipment.statusLabel}</span>
            </header>
            {reached >= 0 ? (
              <ol className="st-steps" aria-label="Progress">
                {SHIPMENT_STEPS.map((step, index) => (
                  <li key={step} data-done={index <= reached ? "true" : "false"} aria-current={index === reached ? "step" : undefined}>
                    {step === "paid" ? "Paid" : step === "packed" ? "Packed" : step === "shipped" ? "Shipped" : "Delivered"}
                  </li>
                ))}
              </ol>
            ) : null}
            <ul className="st-shipment__lines">
              {shipment.lines.map((line) => (
                <li key={line.id}>
                  <span>
                    {line.quantity} × {line.productName}
                    {line.variantLabel ? <span className="sl-muted"> · {line.variantLabel}</span> : null}
                  </span>
                  <span className="st-price">{formatPrice(line.unitPriceCents * line.quantity)}</span>
                </li>
              ))}
              <li className="sl-muted">
                <span>Shipping</span>
                <span>{shipment.shippingCents === 0 ? "Free" : formatPrice(shipment.shippingCents)}</span>
              </li>
            </ul>
            <ParcelList parcels={shipment.parcels} className="st-parcels" shippedAt={(instant) => formatDateTime(instant, shipment.shop.timeZone, { now })} />
            <ShipmentReturns orderId={order.id} shipment={shipment} now={now} />
          </section>
        );
      })}
    </div>
  );
}
