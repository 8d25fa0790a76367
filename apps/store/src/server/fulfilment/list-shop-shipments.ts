import type { Prisma, ShipmentStatus } from "../../generated/prisma/client";
import type { Database } from "../../vertical";
import { describeShipmentStatus } from "../orders/describe-shipment-status";
import { orderCode } from "../orders/order-code";
import { toParcelView } from "../orders/to-parcel-view";
import type { ShipmentQueue } from "./fulfilment-schemas";

const queues: Record<ShipmentQueue, ShipmentStatus[]> = {
  "to-fulfil": ["paid", "packed"],
  shipped: ["shipped", "delivered"],
  all: ["paid", "packed", "shipped", "delivered", "cancelled"],
};

/**
 * A shop's part of its buyers' orders, as its packing list: oldest paid first in the queue to fulfil (first come,
 * first shipped), newest first otherwise. Unpaid orders are not the shop's work yet and never shown.
 */
export async function listShopShipments({ db, shopId, show, limit = 100 }: { db: Database; shopId: string; show: ShipmentQueue; limit?: number }) {
  const shipments = await db.shipment.findMany({
    where: { shopId, status: { in: queues[show] } },
    include: {
      order: true,
      lines: { orderBy: [{ productName: "asc" }, { variantLabel: "asc" }] },
      parcels: { orderBy: { shippedAt: "asc" } },
    },
    orderBy: { createdAt: show === "to-fulfil" ? "asc" : "desc" },
    take: limit,
  } satisfies Prisma.ShipmentFindManyArgs);
  return shipments.map((shipment) => {
    const { order } = shipment;
    const partlyShipped = shipment.parcels.length > 0 && shipment.lines.some((line) => line.parcelId === null);
    return {
      id: shipment.id,
      code: orderCode(order.id),
      status: shipment.status,
      statusLabel: partlyShipped ? "Partly shipped" : describeShipmentStatus(shipment.status),
      paidAt: order.paidAt,
      buyerName: order.shipName ?? order.customerName ?? order.customerEmail,
      shipTo: [order.shipLine1, order.shipLine2, [order.shipCity, order.shipRegion, order.shipPostalCode].filter(Boolean).join(" ")].filter(Boolean) as string[],
      subtotalCents: shipment.subtotalCents,
      shippingCents: shipment.shippingCents,
      lines: shipment.lines.map((line) => ({
        id: line.id,
        productName: line.productName,
        variantLabel: line.variantLabel,
        sku: line.sku,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        shipped: line.parcelId !== null,
      })),
      parcels: shipment.parcels.map(toParcelView),
    };
  });
}

export type ShopShipmentView = Awaited<ReturnType<typeof listShopShipments>>[number];
