// POST /api/owner/returns/{id}/decline — say no to a return, with the reason the buyer reads
import { db, route } from "@/vertical";
import { declineReturn } from "@/server/returns/decline-return";
import { declineReturnSchema, returnParamsSchema } from "@/server/returns/return-schemas";

export const POST = route({ access: "owner", params: returnParamsSchema, body: declineReturnSchema }, async ({ user, params, body }) => ({
  return: await declineReturn({ db: db(), ownerId: user.id, returnId: params.id, note: body.note }),
}));
