import { z } from "zod";

/** At most this many of one variant per order (the cart caps it too). */
export const MAX_LINE_QUANTITY = 20;
/** Different variants in one order, across every shop. */
export const MAX_CART_LINES = 30;
/** One payment pays every shop of a cart; Stripe's metadata names them all, so one order holds at most this many. */
export const MAX_ORDER_SHOPS = 10;

const cartLine = z.strictObject({
  variantId: z.uuid({ error: "Choose a size and colour of the product." }),
  quantity: z
    .number({ error: "Say how many you want." })
    .int({ error: "Say how many you want in whole pieces." })
    .min(1, { error: "Take at least one, or remove the line." })
    .max(MAX_LINE_QUANTITY, { error: `At most ${MAX_LINE_QUANTITY} of one item per order.` }),
});

/**
 * A cart as the browser keeps it: variant ids and quantities only; names and prices always come from the database.
 * Two lines of one variant are one line of both quantities, so stock is checked against what the cart takes in all.
 */
export const cartLinesSchema = z
  .array(cartLine)
  .min(1, { error: "Your cart is empty." })
  .max(MAX_CART_LINES, { error: `At most ${MAX_CART_LINES} different items per order.` })
  .transform((lines) => {
    const merged = new Map<string, number>();
    for (const line of lines) merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
    return [...merged].map(([variantId, quantity]) => ({ variantId, quantity }));
  })
  .refine((lines) => lines.every((line) => line.quantity <= MAX_LINE_QUANTITY), { error: `At most ${MAX_LINE_QUANTITY} of one item per order.` });

export const cartBodySchema = z.strictObject({ lines: cartLinesSchema });

export type CartLineInput = z.output<typeof cartLine>;
