// POST /api/owner/claim-demo — take over the seeded demo events (the first organizer to ask gets them all)
import { db } from "../../../../server/db";
import { claimDemoEvents } from "../../../../server/organizer/claim-demo-events";
import { route } from "../../../../server/route";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner" }, async ({ user }) => ({ claimed: await claimDemoEvents({ db: db(), organizer: user }) }));
