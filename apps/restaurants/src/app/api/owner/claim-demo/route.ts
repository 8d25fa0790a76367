// POST /api/owner/claim-demo — take over the demo restaurants nobody has claimed yet
import { db, route } from "../../../../vertical";
import { claimDemoRestaurants } from "../../../../server/restaurants/claim-demo-restaurants";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner" }, async ({ user }) => ({ claimed: await claimDemoRestaurants({ db: db(), ownerId: user.id }) }));
