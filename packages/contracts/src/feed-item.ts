import { z } from "zod";
import { absoluteUrlSchema, instantSchema, moneySchema, timeZoneSchema, verticalNameSchema } from "./shared-fields";

/** One card on the portal: the same shape for a restaurant, an event, a product, a class, an article or a service. */
export const feedItemSchema = z.object({
  /** Unique within its app; the portal keys cards by `${app}:${id}`. */
  id: z.string().min(1).max(200),
  app: verticalNameSchema,
  /** What the item is, in the app's words: "restaurant", "event", "product", "class", "article", "service". */
  kind: z.string().regex(/^[a-z][a-z-]{1,39}$/),
  title: z.string().min(1).max(200),
  summary: z.string().max(500).nullable(),
  image: absoluteUrlSchema.nullable(),
  url: absoluteUrlSchema,
  /** For dated items (events, classes); null otherwise. */
  startsAt: instantSchema.nullable(),
  endsAt: instantSchema.nullable(),
  /**
   * The IANA zone the item's times belong to (an event's venue, a class's studio): the portal tells startsAt on that
   * clock, as the item's own app does. Absent for undated items, and from apps that predate it.
   */
  timeZone: timeZoneSchema.nullish(),
  /** The price shown on the card ("from"); null when the item has none. */
  price: moneySchema.nullable(),
  updatedAt: instantSchema,
});

export type FeedItem = z.infer<typeof feedItemSchema>;

/** Most items an app returns in one answer: the portal shows a handful per section. */
export const MAX_ITEMS_PER_ANSWER = 50;

/** GET /api/feed: what the app wants on the portal's home page now, best first. */
export const feedResponseSchema = z.object({
  app: verticalNameSchema,
  items: z.array(feedItemSchema).max(MAX_ITEMS_PER_ANSWER),
});

export type FeedResponse = z.infer<typeof feedResponseSchema>;
