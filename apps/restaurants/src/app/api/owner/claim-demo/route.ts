// POST /api/owner/claim-demo — take over the demo restaurants nobody has claimed yet
import { db } from "../../../../server/db";
import { claimDemoRestaurants } from "../../../../server/restaurants/claim-demo-restaurants";
import { route } from "../../../../server/route";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner" }, async ({ user }) => ({ claimed: await claimDemoRestaurants({ db: db(), ownerId: user.id }) }));
