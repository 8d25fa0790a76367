import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** Removes one of the organizer's promo codes; orders that used it keep their discount. */
export async function deletePromoCode({ db, organizerId, promoCodeId }: { db: Database; organizerId: string; promoCodeId: string }): Promise<void> {
  const { count } = await db.promoCode.deleteMany({ where: { id: promoCodeId, event: { organizerId } } });
  if (count === 0) throw new AppError("not_found", "There is no such promo code among yours.");
}
