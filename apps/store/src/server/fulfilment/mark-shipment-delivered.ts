import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { ORDER_TRANSACTION } from "../orders/order-transaction";
import { enqueueShipmentEmail } from "./enqueue-shipment-email";
import { findOwnedShipment } from "./find-owned-shipment";

/**
 * The shop confirms its shipped part arrived (from the carrier's tracking): shipped → delivered, once; the return
 * window starts from this moment and the buyer is told.
 */
export async function markShipmentDelivered({ db, ownerId, shipmentId, now = new Date() }: { db: Database; ownerId: string; shipmentId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const shipment = await findOwnedShipment({ tx, ownerId, shipmentId });
    if (shipment.status === "delivered") return { status: shipment.status };
    if (shipment.status !== "shipped") throw new AppError("conflict", "Only an order that has shipped in full can be marked delivered.");
    await tx.shipment.update({ where: { id: shipmentId }, data: { status: "delivered", deliveredAt: now } });
    await tx.parcel.updateMany({ where: { shipmentId, deliveredAt: null }, data: { deliveredAt: now } });
    await tx.shipmentStatusChange.create({ data: { shipmentId, fromStatus: "shipped", toStatus: "delivered", actor: "owner", at: now } });
    await enqueueShipmentEmail({ tx, shipmentId, email: { step: "delivered" } });
    return { status: "delivered" as const };
  }, ORDER_TRANSACTION);
}
