import type { Prisma } from "../../generated/prisma/client";
import { CARRIERS, type Carrier, trackingUrl } from "./tracking-url";
import { describeShipmentStatus } from "./describe-shipment-status";
import { orderCode } from "./order-code";

export const orderViewInclude = {
  shipments: {
    orderBy: { createdAt: "asc" },
    include: {
      shop: { select: { id: true, slug: true, name: true, timeZone: true } },
      lines: { orderBy: { productName: "asc" } },
      parcels: { orderBy: { shippedAt: "asc" } },
    },
  },
} satisfies Prisma.OrderInclude;

export type OrderWithShipments = Prisma.OrderGetPayload<{ include: typeof orderViewInclude }>;

/** An order as the buyer's pages show it: a part per shop with its status, lines and parcels with tracking links. */
export function toOrderView(order: OrderWithShipments) {
  const statusLabel =
    order.status === "awaiting_payment" ? "Awaiting payment" : order.status === "cancelled" ? (order.refundedAt ? "Cancelled and refunded" : "Cancelled") : "Paid";
  return {
    id: order.id,
    code: orderCode(order.id),
    status: order.status,
    statusLabel,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    subtotalCents: order.subtotalCents,
    shippingCents: order.shippingCents,
    totalCents: order.totalCents,
    currency: order.currency,
    checkoutUrl: order.status === "awaiting_payment" ? order.checkoutUrl : null,
    shipTo: order.shipLine1
      ? { name: order.shipName, lines: [order.shipLine1, order.shipLine2, [order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(" ")].filter(Boolean) as string[] }
      : null,
    shipments: order.shipments.map((shipment) => ({
      id: shipment.id,
      shop: shipment.shop,
      status: shipment.status,
      statusLabel: describeShipmentStatus(shipment.status),
      subtotalCents: shipment.subtotalCents,
      shippingCents: shipment.shippingCents,
      lines: shipment.lines.map((line) => ({
        id: line.id,
        productName: line.productName,
        variantLabel: line.variantLabel,
        sku: line.sku,
        unitPriceCents: line.unitPriceCents,
        quantity: line.quantity,
        parcelId: line.parcelId,
      })),
      parcels: shipment.parcels.map((parcel) => ({
        id: parcel.id,
        carrier: CARRIERS[parcel.carrier as Carrier] ?? parcel.carrier,
        trackingNumber: parcel.trackingNumber,
        trackingUrl: trackingUrl(parcel.carrier, parcel.trackingNumber),
        shippedAt: parcel.shippedAt,
        deliveredAt: parcel.deliveredAt,
      })),
    })),
  };
}

export type OrderView = ReturnType<typeof toOrderView>;
