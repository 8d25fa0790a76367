// POST /api/owner/items — add a dish to one of the owner's menu categories
import { db, route } from "../../../../vertical";
import { createMenuItem } from "../../../../server/menu/create-menu-item";
import { menuItemInputSchema } from "../../../../server/menu/menu-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", body: menuItemInputSchema }, async ({ user, body }) =>
  Response.json({ item: await createMenuItem({ db: db(), ownerId: user.id, input: body }) }, { status: 201 }),
);
