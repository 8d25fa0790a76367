import { z } from "zod";

const day = z.iso.date({ error: "expected a date like 2026-12-31" });

/** GET /api/events and the list page: text search, date range (inclusive days, UTC), city; past events hidden. */
export const listEventsQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  city: z.string().trim().max(100).optional(),
  from: day.optional(),
  to: day.optional(),
  past: z.enum(["0", "1"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>;

export const slugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/) });
