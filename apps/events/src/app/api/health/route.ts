// GET /api/health — database and storage checks for operators
import { checkDatabase, createHealthRoute } from "@stepperslife/health";
import { checkStorage } from "@stepperslife/storage";
import { env } from "../../../env";
import { db } from "../../../server/db";
import { storage } from "../../../server/storage";
import { packageVersion } from "../../../../app.config";

export const dynamic = "force-dynamic";

export const GET = createHealthRoute({
  version: () => env().APP_VERSION ?? packageVersion,
  checks: { database: () => checkDatabase(db()), storage: () => checkStorage(storage()) },
});
