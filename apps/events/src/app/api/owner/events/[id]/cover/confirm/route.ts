// POST /api/owner/events/{id}/cover/confirm — check an uploaded cover image (type, size) and attach it to the event
import { db, route, storage } from "../../../../../../../vertical";
import { idParamsSchema } from "../../../../../../../server/orders/order-schemas";
import { attachCoverImage } from "../../../../../../../server/organizer/attach-cover-image";
import { confirmImageSchema } from "../../../../../../../server/organizer/organizer-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: confirmImageSchema }, async ({ user, params, body }) =>
  attachCoverImage({ db: db(), storage: storage(), organizerId: user.id, eventId: params.id, key: body.key }),
);
