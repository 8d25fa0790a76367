// GET /api/health — the database check for operators (the portal has no object store)
import { checkDatabase, createHealthRoute } from "@stepperslife/health";
import { env } from "@/env";
import { db } from "@/server/db";
import { packageVersion } from "../../../../app.config";

export const dynamic = "force-dynamic";

export const GET = createHealthRoute({
  version: () => env().APP_VERSION ?? packageVersion,
  checks: { database: () => checkDatabase(db()) },
});
