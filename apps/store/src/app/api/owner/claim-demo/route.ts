// POST /api/owner/claim-demo — take over the demo shops nobody has claimed yet
import { db, route } from "@/vertical";
import { claimDemoShops } from "@/server/shops/claim-demo-shops";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner" }, async ({ user }) => ({ claimed: await claimDemoShops({ db: db(), ownerId: user.id }) }));
