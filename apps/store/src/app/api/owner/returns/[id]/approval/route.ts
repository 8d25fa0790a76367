// POST /api/owner/returns/{id}/approval — take the items back: that shop's part refunded once, optionally restocked
import { db, route, shareRefunder } from "@/vertical";
import { approveReturn } from "@/server/returns/approve-return";
import { approveReturnSchema, returnParamsSchema } from "@/server/returns/return-schemas";

export const POST = route({ access: "owner", params: returnParamsSchema, body: approveReturnSchema }, async ({ user, params, body }) => ({
  return: await approveReturn({ db: db(), refundShare: shareRefunder(), ownerId: user.id, returnId: params.id, restock: body.restock }),
}));
