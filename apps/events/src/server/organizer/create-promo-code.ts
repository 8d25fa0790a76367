import { AppError } from "@stepperslife/http";
import type { z } from "zod";
import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";
import type { promoCodeSchema } from "./organizer-schemas";

/** Adds a promo code to the organizer's own event; codes are stored upper-case and are unique per event (409). */
export async function createPromoCode({ db, organizerId, eventId, input }: { db: Database; organizerId: string; eventId: string; input: z.infer<typeof promoCodeSchema> }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const code = input.code.toUpperCase();
  if (event.promoCodes.some((promo) => promo.code === code)) throw new AppError("conflict", "This event already has that code.", { fields: [{ path: "body.code", message: "taken" }] });
  return db.promoCode.create({
    data: { eventId: event.id, code, kind: input.kind, value: input.value, maxUses: input.maxUses, validFrom: input.validFrom ? new Date(input.validFrom) : null, validUntil: input.validUntil ? new Date(input.validUntil) : null },
  });
}
