import { formatDate } from "@stepperslife/format";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { ORDER_TRANSACTION } from "../orders/order-transaction";
import { enqueueReturnEmail } from "./enqueue-return-email";
import type { RequestReturnInput } from "./return-schemas";
import { returnableQuantity, returnWindowClosesAt } from "./return-window";

/**
 * The buyer asks one shop to take back lines of its part of their order, within that shop's return window. The
 * shipment row is locked, so two tabs cannot both ask for the last pair back; one open request per shipment.
 * Nothing is refunded until the shop approves; the shop's owner is emailed.
 */
export async function requestReturn({
  db,
  customerId,
  orderId,
  input,
  now = new Date(),
}: { db: Database; customerId: string; orderId: string; input: RequestReturnInput; now?: Date }) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM shipments s JOIN orders o ON o.id = s.order_id
      WHERE s.id = ${input.shipmentId}::uuid AND o.id = ${orderId}::uuid AND o.customer_id = ${customerId} FOR UPDATE OF s`;
    if (locked.length === 0) throw new AppError("not_found", "There is no such order of yours.");
    const shipment = await tx.shipment.findUniqueOrThrow({
      where: { id: input.shipmentId },
      include: {
        shop: { select: { name: true, timeZone: true, returnWindowDays: true } },
        lines: { include: { returnLines: { include: { returnRequest: { select: { status: true } } } } } },
        returns: { where: { status: "requested" }, select: { id: true } },
      },
    });
    const { shop } = shipment;
    const closesAt = returnWindowClosesAt(shipment, shop);
    if (!closesAt) {
      throw new AppError("conflict", shop.returnWindowDays <= 0 ? `${shop.name} does not take returns.` : "Items can be returned once they have shipped.");
    }
    if (now.getTime() > closesAt.getTime()) {
      throw new AppError("conflict", `The ${shop.returnWindowDays}-day return window of ${shop.name} closed on ${formatDate(closesAt, shop.timeZone, { now })}.`);
    }
    if (shipment.returns.length > 0) throw new AppError("conflict", `You already asked ${shop.name} to take items back; the shop answers that first.`);
    const lines = new Map(shipment.lines.map((line) => [line.id, line]));
    const fields = input.lines.flatMap(({ lineId, quantity }, index) => {
      const line = lines.get(lineId);
      if (!line) return [{ path: `body.lines.${index}.lineId`, message: "This item is not in this part of the order." }];
      const left = returnableQuantity(line);
      if (quantity > left) {
        const message = line.kind !== "physical" ? "Downloads cannot be returned." : left === 0 ? "Already being returned." : `You can return at most ${left}.`;
        return [{ path: `body.lines.${index}.quantity`, message }];
      }
      return [];
    });
    if (fields.length > 0) throw new AppError("invalid_input", "Some of the items cannot be returned as asked.", { fields });
    const refundCents = input.lines.reduce((sum, { lineId, quantity }) => sum + lines.get(lineId)!.unitPriceCents * quantity, 0);
    const request = await tx.returnRequest.create({
      data: {
        shipmentId: shipment.id,
        shopId: shipment.shopId,
        customerId,
        reason: input.reason,
        details: input.details,
        refundCents,
        createdAt: now,
        lines: { create: input.lines.map(({ lineId, quantity }) => ({ orderLineId: lineId, quantity })) },
      },
    });
    await enqueueReturnEmail({ tx, returnId: request.id, step: "requested" });
    return { id: request.id, status: request.status, refundCents };
  }, ORDER_TRANSACTION);
}
