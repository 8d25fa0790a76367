import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { ORDER_TRANSACTION } from "../orders/order-transaction";
import { enqueueReturnEmail } from "./enqueue-return-email";
import { findOwnedReturn } from "./find-owned-return";

/** The shop says no, with its reason for the buyer; once (an approved return stays approved), the buyer emailed. */
export async function declineReturn({ db, ownerId, returnId, note, now = new Date() }: { db: Database; ownerId: string; returnId: string; note: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const found = await findOwnedReturn({ tx, ownerId, returnId });
    if (found.status === "approved") throw new AppError("conflict", "This return was already approved and refunded.");
    if (found.status === "declined") return { id: found.id, status: found.status };
    await tx.returnRequest.update({ where: { id: returnId }, data: { status: "declined", declineNote: note, decidedAt: now } });
    await enqueueReturnEmail({ tx, returnId, step: "declined" });
    return { id: found.id, status: "declined" as const };
  }, ORDER_TRANSACTION);
}
