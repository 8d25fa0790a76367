import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { ORDER_TRANSACTION } from "../orders/order-transaction";
import { enqueueShipmentEmail } from "./enqueue-shipment-email";
import { findOwnedShipment } from "./find-owned-shipment";

/** The shop packed its part of a paid order: paid → packed, once (a second click changes nothing), the buyer told. */
export async function packShipment({ db, ownerId, shipmentId, now = new Date() }: { db: Database; ownerId: string; shipmentId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const shipment = await findOwnedShipment({ tx, ownerId, shipmentId });
    if (shipment.status === "packed") return { status: shipment.status };
    if (shipment.status !== "paid") throw new AppError("conflict", `This order is ${shipment.status.replace("_", " ")}; only a paid order can be packed.`);
    await tx.shipment.update({ where: { id: shipmentId }, data: { status: "packed", packedAt: now } });
    await tx.shipmentStatusChange.create({ data: { shipmentId, fromStatus: "paid", toStatus: "packed", actor: "owner", at: now } });
    await enqueueShipmentEmail({ tx, shipmentId, email: { step: "packed" } });
    return { status: "packed" as const };
  }, ORDER_TRANSACTION);
}
