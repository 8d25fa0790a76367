import { isTimeZone } from "@stepperslife/format";
import { z } from "zod";

const profileShape = {
  name: z.string().trim().min(2).max(80),
  story: z.string().trim().max(2000),
  city: z.string().trim().min(2).max(80),
  region: z.string().trim().min(2).max(40),
  timeZone: z.string().refine(isTimeZone, { error: "expected a time zone such as America/Chicago" }),
  shippingFlatCents: z.number().int().min(0).max(50_000),
  freeShippingOverCents: z.number().int().min(1).max(1_000_000).nullable(),
  returnWindowDays: z.number().int().min(0).max(365),
  returnTerms: z.string().trim().max(1000),
};

/** POST /api/owner/shops: a new shop's profile; the web address comes from the name. */
export const shopProfileSchema = z
  .object({
    ...profileShape,
    story: profileShape.story.default(""),
    shippingFlatCents: profileShape.shippingFlatCents.default(800),
    freeShippingOverCents: profileShape.freeShippingOverCents.default(null),
    returnWindowDays: profileShape.returnWindowDays.default(30),
    returnTerms: profileShape.returnTerms.default(""),
  })
  .strict();

export type ShopProfileInput = z.output<typeof shopProfileSchema>;

/** PATCH /api/owner/shops/{id}: any of the profile's fields, or removing the logo. */
export const shopUpdateSchema = z
  .object(profileShape)
  .partial()
  .extend({ removeLogo: z.literal(true).optional() })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { error: "nothing to change" });

export type ShopUpdateInput = z.output<typeof shopUpdateSchema>;

export const idParamsSchema = z.object({ id: z.uuid({ error: "expected an id" }) });
