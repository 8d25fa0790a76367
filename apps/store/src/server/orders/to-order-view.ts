import type { Prisma } from "../../generated/prisma/client";
import { describeShipmentStatus } from "./describe-shipment-status";
import { orderCode } from "./order-code";
import { returnableQuantity, returnWindowClosesAt } from "../returns/return-window";
import { returnViewInclude, toReturnView } from "../returns/to-return-view";
import { toParcelView } from "./to-parcel-view";

export const orderViewInclude = {
  shipments: {
    orderBy: { createdAt: "asc" },
    include: {
      shop: { select: { id: true, slug: true, name: true, timeZone: true, returnWindowDays: true, returnTerms: true } },
      lines: { orderBy: { productName: "asc" }, include: { returnLines: { include: { returnRequest: { select: { status: true } } } } } },
      parcels: { orderBy: { shippedAt: "asc" } },
      returns: { orderBy: { createdAt: "asc" }, include: returnViewInclude },
    },
  },
} satisfies Prisma.OrderInclude;

export type OrderWithShipments = Prisma.OrderGetPayload<{ include: typeof orderViewInclude }>;

/**
 * An order as the buyer's pages show it: a part per shop with its status, lines and parcels with tracking links, its
 * returns and whether (and until when) more of it can be sent back.
 */
export function toOrderView(order: OrderWithShipments, now = new Date()) {
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
      shop: { id: shipment.shop.id, slug: shipment.shop.slug, name: shipment.shop.name, timeZone: shipment.shop.timeZone },
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
        returnable: returnableQuantity(line),
      })),
      parcels: shipment.parcels.map(toParcelView),
      returns: shipment.returns.map(toReturnView),
      returnPolicy: returnPolicyOf(shipment, now),
    })),
  };
}

/**
 * What the buyer can do about returning a shop's part: ask now (until `closesAt`), wait for the shop's answer to an
 * open request, or nothing (no returns, nothing shipped yet, window closed, all sent back).
 */
function returnPolicyOf(shipment: OrderWithShipments["shipments"][number], now: Date) {
  const closesAt = returnWindowClosesAt(shipment, shipment.shop);
  const canReturnSomething = shipment.lines.some((line) => returnableQuantity(line) > 0);
  const waiting = shipment.returns.some((request) => request.status === "requested");
  return {
    windowDays: shipment.shop.returnWindowDays,
    terms: shipment.shop.returnTerms,
    closesAt,
    canAsk: closesAt !== null && now.getTime() <= closesAt.getTime() && canReturnSomething && !waiting,
  };
}

export type OrderView = ReturnType<typeof toOrderView>;
