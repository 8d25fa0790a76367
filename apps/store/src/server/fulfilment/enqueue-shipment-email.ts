import { renderEmail } from "@stepperslife/mail";
import { enqueueEmail } from "@stepperslife/vertical/server";
import type { Transaction } from "../../vertical";
import { orderCode } from "../orders/order-code";
import { orderPageUrl } from "../orders/order-page-url";
import { CARRIERS, type Carrier, trackingUrl } from "../orders/tracking-url";

export type ShipmentEmail = { step: "packed" } | { step: "shipped"; parcelId: string } | { step: "delivered" };

/**
 * Tells the buyer that one shop's part of their order moved (packed, a parcel left with its tracking, delivered), in
 * the transaction that moved it, once per step (`shipment-packed:<id>`, `parcel-shipped:<parcel>`, …).
 */
export async function enqueueShipmentEmail({ tx, shipmentId, email }: { tx: Transaction; shipmentId: string; email: ShipmentEmail }): Promise<void> {
  const shipment = await tx.shipment.findUniqueOrThrow({ where: { id: shipmentId }, include: { order: true, shop: { select: { name: true } }, lines: true } });
  const { order, shop } = shipment;
  const code = orderCode(order.id);
  const lineWords = (lines: typeof shipment.lines) =>
    lines.map((line) => ({ label: [line.productName, line.variantLabel].filter(Boolean).join(", "), value: `× ${line.quantity}` }));
  let heading: string;
  let intro: string;
  let rows = lineWords(shipment.lines);
  let key: string;
  if (email.step === "shipped") {
    const parcel = await tx.parcel.findUniqueOrThrow({ where: { id: email.parcelId }, include: { lines: true } });
    const link = trackingUrl(parcel.carrier, parcel.trackingNumber);
    const rest = shipment.lines.filter((line) => line.parcelId === null).length;
    heading = `${shop.name} shipped ${rest === 0 ? "your order" : "part of your order"}`;
    intro = `${CARRIERS[parcel.carrier as Carrier] ?? parcel.carrier} is bringing it, tracking number ${parcel.trackingNumber}.${link ? ` Track it at ${link}` : ""}${rest > 0 ? ` The rest follows in another parcel.` : ""}`;
    rows = lineWords(parcel.lines);
    key = `parcel-shipped:${parcel.id}`;
  } else if (email.step === "packed") {
    heading = `${shop.name} packed your order`;
    intro = `Your items from ${shop.name} are packed and leave soon; you get the tracking number when they ship.`;
    key = `shipment-packed:${shipment.id}`;
  } else {
    heading = `Your order from ${shop.name} was delivered`;
    intro = `${shop.name} marked your parcel delivered. Enjoy it on the floor. Something wrong? Your order page says how to return it.`;
    key = `shipment-delivered:${shipment.id}`;
  }
  const content = renderEmail({
    heading,
    intro,
    rows,
    action: { label: "See your order", url: orderPageUrl(order.id) },
    footer: "You get this email because you ordered on SteppersLife Store.",
  });
  await enqueueEmail(tx, { to: order.customerEmail, subject: `${heading} (order ${code})`, ...content }, { key });
}
