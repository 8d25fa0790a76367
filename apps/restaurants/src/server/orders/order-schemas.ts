import { z } from "zod";

/**
 * What a customer sends to order: dishes and quantities only. Prices are never accepted from the client (strict:
 * a price field is refused with 422); they are read from the menu when the order is placed.
 */
export const placeOrderSchema = z
  .object({
    restaurantId: z.uuid(),
    items: z
      .array(z.object({ menuItemId: z.uuid(), quantity: z.number().int().min(1).max(50) }).strict())
      .min(1, { error: "add at least one dish" })
      .max(50),
    pickupAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    paymentMethod: z.enum(["stripe", "pay_at_pickup"]),
    note: z.string().trim().max(300).optional(),
  })
  .strict();

export type PlaceOrderInput = z.output<typeof placeOrderSchema>;

export const orderStatuses = ["awaiting_payment", "new", "accepted", "preparing", "ready", "picked_up", "cancelled"] as const;
export type OrderStatusName = (typeof orderStatuses)[number];

export const changeStatusSchema = z.object({ status: z.enum(["accepted", "preparing", "ready", "picked_up", "cancelled"]) }).strict();

export const statusLabels: Record<OrderStatusName, string> = {
  awaiting_payment: "awaiting payment",
  new: "received",
  accepted: "accepted",
  preparing: "preparing",
  ready: "ready",
  picked_up: "picked up",
  cancelled: "cancelled",
};
