// POST /api/owner/events/{id}/cover — a presigned upload URL (15 min) for a new cover image of the organizer's event
import { db, route, storage } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { createCoverUpload } from "../../../../../../server/organizer/create-cover-upload";
import { presignImageSchema } from "../../../../../../server/organizer/organizer-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: presignImageSchema }, async ({ user, params, body }) =>
  createCoverUpload({ db: db(), storage: storage(), organizerId: user.id, eventId: params.id, contentType: body.contentType }),
);
