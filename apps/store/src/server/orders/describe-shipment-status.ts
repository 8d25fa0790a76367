import type { ShipmentStatus } from "../../generated/prisma/client";

const labels: Record<ShipmentStatus, string> = {
  awaiting_payment: "Awaiting payment",
  paid: "Paid, being prepared",
  packed: "Packed",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
};

/** A shipment's status as buyers and shops read it. */
export function describeShipmentStatus(status: ShipmentStatus): string {
  return labels[status];
}

/** The steps a paid shipment goes through, in order, for the progress line on the order page. */
export const SHIPMENT_STEPS: ShipmentStatus[] = ["paid", "packed", "shipped", "delivered"];
