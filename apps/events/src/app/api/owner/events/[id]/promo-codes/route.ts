// POST /api/owner/events/{id}/promo-codes — add a promo code to one of the organizer's events
import { db, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { createPromoCode } from "../../../../../../server/organizer/create-promo-code";
import { promoCodeSchema } from "../../../../../../server/organizer/organizer-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: promoCodeSchema }, async ({ user, params, body }) => {
  const promoCode = await createPromoCode({ db: db(), organizerId: user.id, eventId: params.id, input: body });
  return Response.json({ promoCode }, { status: 201 });
});
