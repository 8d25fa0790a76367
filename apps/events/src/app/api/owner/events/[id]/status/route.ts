// POST /api/owner/events/{id}/status — publish, unpublish or cancel (cancel refunds every paid order)
import { checkoutExpirer, db, refunder, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { cancelEvent } from "../../../../../../server/organizer/cancel-event";
import { eventStatusSchema } from "../../../../../../server/organizer/organizer-schemas";
import { setEventPublished } from "../../../../../../server/organizer/set-event-published";
import { checkout } from "../../../../../../server/payments/checkout";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: eventStatusSchema }, async ({ user, params, body }) => {
  const target = { db: db(), organizerId: user.id, eventId: params.id };
  if (body.action === "cancel") return { status: "cancelled", ...(await cancelEvent({ ...target, refund: refunder(), expireCheckout: checkoutExpirer() })) };
  const canTakeCardPayments = () => checkout.canTakeCardPayments(user.id);
  const event = await setEventPublished({ ...target, published: body.action === "publish", canTakeCardPayments });
  return { status: event.status };
});
