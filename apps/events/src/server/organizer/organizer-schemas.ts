import { IMAGE_CONTENT_TYPES } from "@stepperslife/storage";
import { isTimeZone } from "@stepperslife/format";
import { z } from "zod";

/** A wall-clock time in the event's own zone, as <input type="datetime-local"> sends it. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "expected a date and time like 2026-12-05T20:00" });

export const eventFieldsSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{2,99}$/, { error: "lowercase letters, digits and dashes" }).optional(),
  description: z.string().trim().max(5000).default(""),
  venue: z.string().trim().min(2).max(120),
  address: z.string().trim().min(3).max(200),
  city: z.string().trim().min(2).max(80),
  timeZone: z.string().refine(isTimeZone, { error: "expected an IANA time zone such as America/Chicago" }),
  startsAt: localDateTime,
  endsAt: localDateTime,
  capacity: z.number().int().min(1).max(100_000).nullable().default(null),
});

export type EventFields = z.infer<typeof eventFieldsSchema>;

export const eventUpdateSchema = eventFieldsSchema.partial().omit({ slug: true });

export const eventStatusSchema = z.strictObject({ action: z.enum(["publish", "unpublish", "cancel"]) });

const ticketTypeFields = {
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(300),
  priceCents: z.number().int().min(0).max(1_000_000),
  capacity: z.number().int().min(1).max(100_000),
  perOrderLimit: z.number().int().min(1).max(50),
  position: z.number().int().min(0).max(1000),
};

export const ticketTypeSchema = z.strictObject({
  ...ticketTypeFields,
  description: ticketTypeFields.description.default(""),
  perOrderLimit: ticketTypeFields.perOrderLimit.default(10),
  position: ticketTypeFields.position.optional(),
});

/** Only the fields sent change: no defaults here (zod 4 applies defaults inside optional, which would reset them). */
export const ticketTypeUpdateSchema = z.strictObject(ticketTypeFields).partial();

export const promoCodeSchema = z
  .strictObject({
    code: z.string().trim().regex(/^[A-Za-z0-9_-]{3,40}$/, { error: "3–40 letters, digits, - or _" }),
    kind: z.enum(["percent", "amount"]),
    value: z.number().int().min(1).max(1_000_000),
    maxUses: z.number().int().min(1).max(100_000).nullable().default(null),
    validFrom: z.iso.datetime({ offset: true }).nullable().default(null),
    validUntil: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .refine((promo) => promo.kind !== "percent" || promo.value <= 100, { error: "a percent is at most 100", path: ["value"] });

/** What an organizer may change on an existing code (its code and discount stay as buyers were told). */
export const promoCodeUpdateSchema = z
  .strictObject({
    maxUses: z.number().int().min(1).max(100_000).nullable(),
    validFrom: z.iso.datetime({ offset: true }).nullable(),
    validUntil: z.iso.datetime({ offset: true }).nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, { error: "nothing to change" });

export const checkInSchema = z.strictObject({ code: z.string().trim().toUpperCase().regex(/^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/, { error: "a ticket code looks like K7QX-M2PA-9RTD" }) });

export const attendeesQuerySchema = z.strictObject({ format: z.enum(["json", "csv"]).default("json") });

/** What the upload field sends: the declared type to presign, then the key to confirm. */
export const presignImageSchema = z.strictObject({ contentType: z.enum(IMAGE_CONTENT_TYPES) });
export const confirmImageSchema = z.strictObject({ key: z.string().min(1).max(300) });
