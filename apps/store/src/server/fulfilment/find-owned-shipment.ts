import { AppError } from "@stepperslife/http";
import type { Transaction } from "../../vertical";

/**
 * A shipment of one of the owner's shops, locked for the change about to be made (two owners' tabs cannot both ship
 * the same lines); another owner's shipment is as unknown as a missing one.
 */
export async function findOwnedShipment({ tx, ownerId, shipmentId }: { tx: Transaction; ownerId: string; shipmentId: string }) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM shipments s JOIN shops p ON p.id = s.shop_id WHERE s.id = ${shipmentId}::uuid AND p.owner_id = ${ownerId} FOR UPDATE OF s`;
  if (locked.length === 0) throw new AppError("not_found", "There is no such order for your shops.");
  return tx.shipment.findUniqueOrThrow({ where: { id: shipmentId }, include: { lines: true, shop: { select: { name: true } } } });
}
