import { z } from "zod";

/** POST /api/orders: which tickets, how many, and an optional promo code. Prices never come from the client. */
export const placeOrderSchema = z.strictObject({
  eventId: z.uuid(),
  lines: z
    .array(z.strictObject({ ticketTypeId: z.uuid(), quantity: z.number().int().min(1).max(50) }))
    .min(1, { error: "choose at least one ticket" })
    .max(20),
  promoCode: z.string().trim().max(40).optional(),
});

export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });
