// GET /api/session/revocations — users whose sessions were revoked or roles changed since a time, for every app's session watcher
import { verifyRevocationFeedToken } from "@stepperslife/auth-config/server";
import { z } from "zod";
import { env } from "../../../../env";
import { db } from "../../../../server/db";
import { errorResponse } from "../../../../server/http/error-response";
import { internalErrorResponse } from "../../../../server/http/internal-error-response";
import { listRevocations } from "../../../../server/session/list-revocations";

export const dynamic = "force-dynamic";

const revocationsQuery = z.object({
  since: z
    .string({ error: "since is required (epoch milliseconds)" })
    .regex(/^\d{1,15}$/, { error: "since must be a time in epoch milliseconds" })
    .transform(Number),
});

export async function GET(request: Request): Promise<Response> {
  if (!verifyRevocationFeedToken(request.headers.get("authorization"), env().AUTH_SECRET)) {
    return errorResponse(401, "unauthorized", "A valid revocation feed bearer token is required.", {
      "www-authenticate": "Bearer",
    });
  }
  const query = revocationsQuery.safeParse({ since: new URL(request.url).searchParams.get("since") ?? undefined });
  if (!query.success) return errorResponse(422, "invalid_query", query.error.issues[0]?.message ?? "Invalid query.");

  // Read before the query: a change committed while it runs is caught by the next poll (which also overlaps a little).
  const now = Date.now();
  try {
    const users = await listRevocations({ db: db(), since: query.data.since, now });
    return Response.json({ now, users }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return internalErrorResponse(error, "GET /api/session/revocations");
  }
}
