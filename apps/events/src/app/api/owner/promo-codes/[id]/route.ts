// DELETE /api/owner/promo-codes/{id} — remove one of the organizer's promo codes
import { db } from "../../../../../server/db";
import { idParamsSchema } from "../../../../../server/orders/order-schemas";
import { deletePromoCode } from "../../../../../server/organizer/delete-promo-code";
import { route } from "../../../../../server/route";

export const dynamic = "force-dynamic";

export const DELETE = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => {
  await deletePromoCode({ db: db(), organizerId: user.id, promoCodeId: params.id });
  return { deleted: true };
});
