import { AppError } from "@stepperslife/http";
import type { Transaction } from "../../vertical";

/**
 * A return asked of one of the owner's shops, locked for the decision about to be made (an approval and a decline
 * from two tabs cannot both happen); another owner's return is as unknown as a missing one.
 */
export async function findOwnedReturn({ tx, ownerId, returnId }: { tx: Transaction; ownerId: string; returnId: string }) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM return_requests r JOIN shops p ON p.id = r.shop_id WHERE r.id = ${returnId}::uuid AND p.owner_id = ${ownerId} FOR UPDATE OF r`;
  if (locked.length === 0) throw new AppError("not_found", "There is no such return for your shops.");
  return tx.returnRequest.findUniqueOrThrow({
    where: { id: returnId },
    include: { lines: { include: { orderLine: true } }, shipment: { include: { order: true } } },
  });
}
