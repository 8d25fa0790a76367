import { z } from "zod";
import { MAX_ITEMS_PER_ANSWER } from "./feed-item";
import { absoluteUrlSchema, instantSchema, moneySchema, verticalNameSchema } from "./shared-fields";

/** Something the signed-in person did in an app: an order, a ticket, an enrollment, a booking. */
export const activityItemSchema = z.object({
  id: z.string().min(1).max(200),
  app: verticalNameSchema,
  kind: z.enum(["order", "ticket", "enrollment", "booking", "subscription"]),
  title: z.string().min(1).max(200),
  /** The app's own status word for it, shown as is ("paid", "ready", "checked in"). */
  status: z.string().min(1).max(40),
  /** The item's page on the app, where the person can see more. */
  url: absoluteUrlSchema,
  amount: moneySchema.nullable(),
  /** When it happened (placed, bought, booked); the portal sorts by it, newest first. */
  occurredAt: instantSchema,
});

export type ActivityItem = z.infer<typeof activityItemSchema>;

/**
 * GET /api/me/activity — the session's own activity, newest first. Answered with the person's forwarded session
 * cookie; without a session: 401 unauthenticated.
 */
export const activityResponseSchema = z.object({
  app: verticalNameSchema,
  items: z.array(activityItemSchema).max(MAX_ITEMS_PER_ANSWER),
});

export type ActivityResponse = z.infer<typeof activityResponseSchema>;
