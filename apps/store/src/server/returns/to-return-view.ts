import type { Prisma } from "../../generated/prisma/client";
import { RETURN_REASONS, type ReturnReason } from "./return-schemas";

export const returnViewInclude = { lines: { include: { orderLine: true } } } satisfies Prisma.ReturnRequestInclude;

export type ReturnWithLines = Prisma.ReturnRequestGetPayload<{ include: typeof returnViewInclude }>;

/** Where a return stands, in the words both the buyer and the shop read. */
export function describeReturn(request: { status: string; refundId: string | null }): string {
  if (request.status === "requested") return "Return requested";
  if (request.status === "declined") return "Return declined";
  return request.refundId ? "Returned and refunded" : "Return approved, refund on its way";
}

/** A return as the buyer's order page and the shop's queue show it. */
export function toReturnView(request: ReturnWithLines) {
  return {
    id: request.id,
    status: request.status,
    statusLabel: describeReturn(request),
    reasonLabel: RETURN_REASONS[request.reason as ReturnReason] ?? request.reason,
    details: request.details,
    declineNote: request.declineNote,
    refundCents: request.refundCents,
    restocked: request.restocked,
    refunded: request.refundId !== null,
    createdAt: request.createdAt,
    decidedAt: request.decidedAt,
    lines: request.lines.map((line) => ({
      id: line.orderLineId,
      productName: line.orderLine.productName,
      variantLabel: line.orderLine.variantLabel,
      sku: line.orderLine.sku,
      quantity: line.quantity,
      unitPriceCents: line.orderLine.unitPriceCents,
    })),
  };
}

export type ReturnView = ReturnType<typeof toReturnView>;
