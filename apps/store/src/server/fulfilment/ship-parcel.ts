import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { ORDER_TRANSACTION } from "../orders/order-transaction";
import { enqueueShipmentEmail } from "./enqueue-shipment-email";
import type { ShipParcelInput } from "./fulfilment-schemas";
import { findOwnedShipment } from "./find-owned-shipment";

/**
 * A parcel left the shop with some of its part of an order (partial shipments allowed): the ticked lines go in it
 * with the carrier and tracking number; when no line is left to send, the shipment is shipped. Lines already in a
 * parcel, or of another shipment, are refused with nothing written; the buyer is emailed the tracking once.
 */
export async function shipParcel({ db, ownerId, shipmentId, input, now = new Date() }: { db: Database; ownerId: string; shipmentId: string; input: ShipParcelInput; now?: Date }) {
  return db.$transaction(async (tx) => {
    const shipment = await findOwnedShipment({ tx, ownerId, shipmentId });
    if (shipment.status !== "paid" && shipment.status !== "packed") {
      throw new AppError("conflict", shipment.status === "shipped" || shipment.status === "delivered" ? "Everything in this order has already shipped." : "Only a paid order can be shipped.");
    }
    const waiting = new Map(shipment.lines.filter((line) => line.parcelId === null).map((line) => [line.id, line]));
    const chosen = [...new Set(input.lineIds)];
    if (chosen.some((id) => !waiting.has(id))) {
      throw new AppError("conflict", "Some of the ticked items already shipped or are not in this order; reload the page.", {
        fields: [{ path: "body.lineIds", message: "Tick only items still to ship." }],
      });
    }
    const parcel = await tx.parcel.create({ data: { shipmentId, carrier: input.carrier, trackingNumber: input.trackingNumber, shippedAt: now } });
    await tx.orderLine.updateMany({ where: { id: { in: chosen }, shipmentId, parcelId: null }, data: { parcelId: parcel.id } });
    const allShipped = chosen.length === waiting.size;
    if (allShipped) {
      await tx.shipment.update({ where: { id: shipmentId }, data: { status: "shipped", shippedAt: now, packedAt: shipment.packedAt ?? now } });
      await tx.shipmentStatusChange.create({ data: { shipmentId, fromStatus: shipment.status, toStatus: "shipped", actor: "owner", at: now } });
    }
    await enqueueShipmentEmail({ tx, shipmentId, email: { step: "shipped", parcelId: parcel.id } });
    return { parcelId: parcel.id, status: allShipped ? ("shipped" as const) : shipment.status, linesLeft: waiting.size - chosen.length };
  }, ORDER_TRANSACTION);
}
