// PATCH /api/owner/promo-codes/{id} — change a promo code's limits or validity, or switch it off; DELETE — remove it
import { db, route } from "../../../../../vertical";
import { idParamsSchema } from "../../../../../server/orders/order-schemas";
import { deletePromoCode } from "../../../../../server/organizer/delete-promo-code";
import { promoCodeUpdateSchema } from "../../../../../server/organizer/organizer-schemas";
import { updatePromoCode } from "../../../../../server/organizer/update-promo-code";

export const dynamic = "force-dynamic";

export const PATCH = route({ access: "owner", params: idParamsSchema, body: promoCodeUpdateSchema }, async ({ user, params, body }) => ({
  promoCode: await updatePromoCode({ db: db(), organizerId: user.id, promoCodeId: params.id, input: body }),
}));

export const DELETE = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => {
  await deletePromoCode({ db: db(), organizerId: user.id, promoCodeId: params.id });
  return { deleted: true };
});
