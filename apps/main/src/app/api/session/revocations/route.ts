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
import { waitForSessionFeedChange } from "../../../../server/session/wait-for-session-feed-change";

export const dynamic = "force-dynamic";

const revocationsQuery = z.object({
  since: z
    .string({ error: "since is required (epoch milliseconds)" })
    .regex(/^\d{1,15}$/, { error: "since must be a time in epoch milliseconds" })
    .transform(Number),
  // A long poll: with nothing new since `since`, answer when something is (or after this many ms). Capped below
  // pm2's kill_timeout, so a reload never waits on one.
  wait: z.coerce
    .number({ error: "wait must be a whole number of milliseconds from 0 to 10000" })
    .int({ error: "wait must be a whole number of milliseconds from 0 to 10000" })
    .min(0, { error: "wait must be a whole number of milliseconds from 0 to 10000" })
    .max(10_000, { error: "wait must be a whole number of milliseconds from 0 to 10000" })
    .default(0),
});

async function readFeed(since: number): Promise<RevocationFeed> {
  // Read before the query: a change committed while it runs is caught by the next poll (which also overlaps a little).
  const now = Date.now();
  const [users, sessions] = await Promise.all([
    listRevocations({ db: db(), since, now }),
    listRevokedSessions({ db: db(), since, now }),
  ]);
  return { now, users, sessions };
}

export async function GET(request: Request): Promise<Response> {
  const refused = refuseWithoutFeedToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const params = new URL(request.url).searchParams;
  const query = revocationsQuery.safeParse({ since: params.get("since") ?? undefined, wait: params.get("wait") ?? undefined });
  if (!query.success) return errorResponse(422, "invalid_query", query.error.issues[0]?.message ?? "Invalid query.");
  const { since, wait } = query.data;

  // Listening starts before the first read, so a change committed just after it still ends the wait.
  const answered = new AbortController();
  const signal = AbortSignal.any([request.signal, answered.signal]);
  const change = wait > 0 ? waitForSessionFeedChange({ connectionString: env().DATABASE_URL, timeoutMs: wait, signal }) : null;
  try {
    let feed = await readFeed(since);
    // How the long poll went, for whoever watches the feed: held until a change or its time ran out, not asked for,
    // or answered at once because this process is not listening right now.
    let held = wait === 0 ? "none" : change ? "answered" : "unavailable";
    if (change && feed.users.length === 0 && feed.sessions.length === 0) {
      held = await change;
      if (held === "changed") feed = await readFeed(since);
    }
    return Response.json(feed, { headers: { "cache-control": "no-store", "x-feed-wait": held } });
  } catch (error) {
    return internalErrorResponse(error, "GET /api/session/revocations");
  } finally {
    answered.abort();
  }
}
