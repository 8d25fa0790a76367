// GET /api/session/revocations — users signed out everywhere or re-roled, and single sessions signed out, since a time
import type { RevocationFeed } from "@stepperslife/auth-config/server";
import { z } from "zod";
import { env } from "../../../../env";
import { db } from "../../../../server/db";
import { errorResponse } from "../../../../server/http/error-response";
import { internalErrorResponse } from "../../../../server/http/internal-error-response";
import { listRevocations } from "../../../../server/session/list-revocations";
import { listRevokedSessions } from "../../../../server/session/list-revoked-sessions";
import { refuseWithoutFeedToken } from "../../../../server/session/refuse-without-feed-token";

export const dynamic = "force-dynamic";

const revocationsQuery = z.object({
  since: z
    .string({ error: "since is required (epoch milliseconds)" })
    .regex(/^\d{1,15}$/, { error: "since must be a time in epoch milliseconds" })
    .transform(Number),
});

export async function GET(request: Request): Promise<Response> {
  const refused = refuseWithoutFeedToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const query = revocationsQuery.safeParse({ since: new URL(request.url).searchParams.get("since") ?? undefined });
  if (!query.success) return errorResponse(422, "invalid_query", query.error.issues[0]?.message ?? "Invalid query.");

  // Read before the query: a change committed while it runs is caught by the next poll (which also overlaps a little).
  const now = Date.now();
  try {
    const [users, sessions] = await Promise.all([
      listRevocations({ db: db(), since: query.data.since, now }),
      listRevokedSessions({ db: db(), since: query.data.since, now }),
    ]);
    const feed: RevocationFeed = { now, users, sessions };
    return Response.json(feed, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return internalErrorResponse(error, "GET /api/session/revocations");
  }
}
