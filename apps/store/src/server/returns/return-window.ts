import type { ReturnStatus, ShipmentStatus } from "../../generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a shop's part of an order can no longer be returned: its return window counted from delivery, or from shipping
 * when the shop never marked it delivered (the buyer has it either way). Null when it cannot be returned at all: the
 * shop takes no returns, or nothing has shipped yet.
 */
export function returnWindowClosesAt(
  shipment: { status: ShipmentStatus; shippedAt: Date | null; deliveredAt: Date | null },
  shop: { returnWindowDays: number },
): Date | null {
  if (shop.returnWindowDays <= 0) return null;
  if (shipment.status !== "shipped" && shipment.status !== "delivered") return null;
  const from = shipment.deliveredAt ?? shipment.shippedAt;
  return from ? new Date(from.getTime() + shop.returnWindowDays * DAY_MS) : null;
}

/** How many of a line can still be asked back: bought, less what open or approved returns already take. */
export function returnableQuantity(line: {
  kind: string;
  quantity: number;
  returnLines: { quantity: number; returnRequest: { status: ReturnStatus } }[];
}): number {
  // A download cannot be sent back.
  if (line.kind !== "physical") return 0;
  const taken = line.returnLines.filter((each) => each.returnRequest.status !== "declined").reduce((sum, each) => sum + each.quantity, 0);
  return Math.max(0, line.quantity - taken);
}
