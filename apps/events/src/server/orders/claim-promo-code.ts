import { AppError } from "@stepperslife/http";
import type { Transaction } from "../../vertical";

const refuse = (message: string) => new AppError("unprocessable", message, { fields: [{ path: "body.promoCode", message }] });

/**
 * Takes one use of an event's promo code, or refuses it (unknown, switched off, not yet or no longer valid, used up). The use is
 * counted by one conditional UPDATE, so concurrent orders can never take more uses than `maxUses`.
 */
export async function claimPromoCode({ tx, eventId, code, now }: { tx: Transaction; eventId: string; code: string; now: Date }) {
  const promo = await tx.promoCode.findUnique({ where: { eventId_code: { eventId, code: code.toUpperCase() } } });
  if (!promo) throw refuse("That promo code does not exist for this event.");
  if (!promo.active) throw refuse("That promo code is no longer active.");
  if (promo.validFrom && now < promo.validFrom) throw refuse("That promo code is not valid yet.");
  if (promo.validUntil && now > promo.validUntil) throw refuse("That promo code has expired.");
  const taken = await tx.$executeRaw`UPDATE promo_codes SET uses = uses + 1 WHERE id = ${promo.id}::uuid AND (max_uses IS NULL OR uses < max_uses)`;
  if (taken !== 1) throw refuse("That promo code has been used up.");
  return promo;
}
