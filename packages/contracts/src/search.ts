import { z } from "zod";
import { feedItemSchema, MAX_ITEMS_PER_ANSWER } from "./feed-item";
import { verticalNameSchema } from "./shared-fields";

/** GET /api/search?q=&limit= — validated the same way by every app (bad input: 422 invalid_input via the route wrapper). */
export const searchQuerySchema = z.object({
  q: z
    .string({ error: "q is required" })
    .trim()
    .min(1, { error: "q must not be empty" })
    .max(100, { error: "q must be at most 100 characters" }),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be a whole number" })
    .min(1, { error: "limit must be at least 1" })
    .max(MAX_ITEMS_PER_ANSWER, { error: `limit must be at most ${MAX_ITEMS_PER_ANSWER}` })
    .default(10),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Matches, best first, as feed items. */
export const searchResponseSchema = z.object({
  app: verticalNameSchema,
  query: z.string(),
  items: z.array(feedItemSchema).max(MAX_ITEMS_PER_ANSWER),
});

export type SearchResponse = z.infer<typeof searchResponseSchema>;
