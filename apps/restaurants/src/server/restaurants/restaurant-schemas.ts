import { isTimeZone } from "@stepperslife/format";
import { z } from "zod";

/** The cuisines customers filter by; restaurants pick one. */
export const cuisines = ["Soul food", "BBQ", "Caribbean", "Cajun & Creole", "Seafood", "Vegan", "Southern brunch", "Other"] as const;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "expected a time as HH:MM (24-hour)" });
const toMinute = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** One opening interval as people write it: closing at or before opening means after midnight (17:00–02:00). */
export const hoursInputSchema = z
  .array(z.object({ weekday: z.number().int().min(0).max(6), opens: clock, closes: clock }).strict())
  .max(21, { error: "at most three intervals a day" })
  .transform((intervals) =>
    intervals.map(({ weekday, opens, closes }) => {
      const opensMinute = toMinute(opens);
      const closing = toMinute(closes);
      return { weekday, opensMinute, closesMinute: closing <= opensMinute ? closing + 1440 : closing };
    }),
  );

const profileShape = {
  name: z.string().trim().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "lowercase letters, digits and dashes" }).min(3).max(60).optional(),
  description: z.string().trim().max(1000),
  cuisine: z.enum(cuisines),
  phone: z.string().trim().max(30).nullable().optional(),
  street: z.string().trim().min(2).max(120),
  city: z.string().trim().min(2).max(80),
  region: z.string().trim().min(2).max(40),
  postalCode: z.string().trim().min(3).max(12),
  timeZone: z.string().refine(isTimeZone, { error: "expected an IANA time zone such as America/Chicago" }),
  prepMinutes: z.number().int().min(5).max(180),
  hours: hoursInputSchema,
};

export const restaurantProfileSchema = z
  .object({
    ...profileShape,
    description: profileShape.description.default(""),
    prepMinutes: profileShape.prepMinutes.default(20),
    hours: profileShape.hours.default([]),
  })
  .strict();

export type RestaurantProfileInput = z.output<typeof restaurantProfileSchema>;

export const restaurantUpdateSchema = z
  .object(profileShape)
  .partial()
  .extend({ removeCoverImage: z.literal(true).optional() })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { error: "nothing to change" });

export type RestaurantUpdateInput = z.output<typeof restaurantUpdateSchema>;

/** Public listing filters: GET /api/restaurants?q=&cuisine=&openNow=1 and the home page's search form. */
export const restaurantFiltersSchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    cuisine: z.enum(cuisines).optional(),
    openNow: z.enum(["1", "true", "0", "false"]).optional().transform((value) => value === "1" || value === "true"),
  })
  .strict();

export type RestaurantFilters = z.output<typeof restaurantFiltersSchema>;

export const uuidSchema = z.uuid({ error: "expected an id" });
export const slugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: "unknown restaurant" }) });
export const idParamsSchema = z.object({ id: uuidSchema });
