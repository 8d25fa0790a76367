// POST /api/owner/claim-demo — take over the seeded demo events (the first organizer to ask gets them all)
import { db, route } from "../../../../vertical";
import { claimDemoEvents } from "../../../../server/organizer/claim-demo-events";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner" }, async ({ user }) => ({ claimed: await claimDemoEvents({ db: db(), organizer: user }) }));
