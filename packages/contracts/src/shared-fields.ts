import { verticals } from "@stepperslife/manifest";
import { z } from "zod";

const verticalNames = verticals.map((vertical) => vertical.name) as [string, ...string[]];

/** The vertical that owns an item: only the six verticals serve the contract, the portal only reads it. */
export const verticalNameSchema = z.enum(verticalNames);

/** An ISO 8601 instant with an offset, e.g. 2026-11-22T19:00:00.000Z. */
export const instantSchema = z.iso.datetime({ offset: true });

/** Money in the smallest unit (cents) and an ISO 4217 currency, so the portal never parses formatted prices. */
export const moneySchema = z.object({
  amountCents: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "expected an ISO 4217 code such as USD" }),
});

/** Absolute http(s) links: cards link to the item on its own subdomain. */
export const absoluteUrlSchema = z.url({ protocol: /^https?$/ });

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone this runtime knows ("America/Detroit"): the portal formats dates in it, so junk is refused. */
export const timeZoneSchema = z.string().max(64).refine(isKnownTimeZone, { error: "expected an IANA time zone such as America/Chicago" });
