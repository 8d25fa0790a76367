import { AppError } from "@stepperslife/http";
import type { z } from "zod";
import type { Database } from "../../vertical";
import type { promoCodeUpdateSchema } from "./organizer-schemas";

const toDate = (value: string | null | undefined, current: Date | null) => (value === undefined ? current : value === null ? null : new Date(value));

/**
 * Changes the limits or validity of one of the organizer's promo codes, or switches it off and on (404 for anyone
 * else's). A cap is never set below the uses already taken: the conditional UPDATE re-checks `uses` under the row
 * lock, so a purchase claiming a use at the same moment cannot slip past it.
 */
export async function updatePromoCode({ db, organizerId, promoCodeId, input }: { db: Database; organizerId: string; promoCodeId: string; input: z.infer<typeof promoCodeUpdateSchema> }) {
  const current = await db.promoCode.findFirst({ where: { id: promoCodeId, event: { organizerId } } });
  if (!current) throw new AppError("not_found", "There is no such promo code among yours.");
  const validFrom = toDate(input.validFrom, current.validFrom);
  const validUntil = toDate(input.validUntil, current.validUntil);
  if (validFrom && validUntil && validFrom >= validUntil) {
    throw new AppError("unprocessable", "The code must start being valid before it stops.", { fields: [{ path: "body.validUntil", message: "before valid from" }] });
  }
  const { count } = await db.promoCode.updateMany({
    where: { id: current.id, ...(input.maxUses ? { uses: { lte: input.maxUses } } : {}) },
    data: { maxUses: input.maxUses, validFrom, validUntil, active: input.active },
  });
  if (count === 0) {
    const { uses } = await db.promoCode.findUniqueOrThrow({ where: { id: current.id }, select: { uses: true } });
    throw new AppError("conflict", `This code was used ${uses} times; its limit cannot go below that.`, { fields: [{ path: "body.maxUses", message: "below uses" }] });
  }
  return db.promoCode.findUniqueOrThrow({ where: { id: current.id } });
}
