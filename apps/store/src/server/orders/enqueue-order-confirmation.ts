import { renderEmail } from "@stepperslife/mail";
import { enqueueEmail } from "@stepperslife/vertical/server";
import type { Transaction } from "../../vertical";
import { formatPrice } from "../catalog/format-price";
import { orderCode } from "./order-code";
import { orderPageUrl } from "./order-page-url";

/**
 * Queues the buyer's receipt in the transaction that marked the order paid, rendered from the rows it just wrote: one
 * per order (`order-paid:<id>`), sent once that transaction commits, never if it rolls back.
 */
export async function enqueueOrderConfirmation({ tx, orderId }: { tx: Transaction; orderId: string }): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { shipments: { include: { shop: { select: { name: true } }, lines: true }, orderBy: { createdAt: "asc" } } },
  });
  const code = orderCode(order.id);
  const shops = order.shipments.map((shipment) => shipment.shop.name);
  const rows = order.shipments.flatMap((shipment) => [
    ...shipment.lines.map((line) => ({
      label: `${line.quantity} × ${[line.productName, line.variantLabel].filter(Boolean).join(", ")} (${shipment.shop.name})`,
      value: formatPrice(line.unitPriceCents * line.quantity),
    })),
    { label: `Shipping from ${shipment.shop.name}`, value: shipment.shippingCents === 0 ? "Free" : formatPrice(shipment.shippingCents) },
  ]);
  const address = [order.shipName, order.shipLine1, order.shipLine2, [order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  const content = renderEmail({
    heading: `Order ${code} is paid`,
    intro:
      shops.length > 1
        ? `Thank you. ${shops.length} shops (${shops.join(", ")}) are preparing your order; each ships its own parcel and you get an email when it leaves.`
        : `Thank you. ${shops[0]} is preparing your order; you get an email when it ships.`,
    rows: [...rows, { label: "Paid", value: formatPrice(order.totalCents) }, ...(address ? [{ label: "Ships to", value: address }] : [])],
    action: { label: "Follow your order", url: orderPageUrl(order.id) },
    footer: "You get this email because you ordered on SteppersLife Store.",
  });
  await enqueueEmail(tx, { to: order.customerEmail, subject: `Your SteppersLife Store order ${code}`, ...content }, { key: `order-paid:${order.id}` });
}
