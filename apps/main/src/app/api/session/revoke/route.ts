// POST /api/session/revoke — end one session (a device signed out on any app), server to server, proven by its token
import { decodeSessionToken } from "@stepperslife/auth-config/server";
import { z } from "zod";
import { env } from "../../../../env";
import { auth } from "../../../../server/auth";
import { db } from "../../../../server/db";
import { errorResponse } from "../../../../server/http/error-response";
import { internalErrorResponse } from "../../../../server/http/internal-error-response";
import { parseJsonBody } from "../../../../server/session/parse-json-body";
import { refuseWithoutFeedToken } from "../../../../server/session/refuse-without-feed-token";
import { revokeUserSession } from "../../../../server/session/revoke-user-session";

export const dynamic = "force-dynamic";

// Session tokens stay under 4 KB (a cookie); anything longer is not one.
const revokeBody = z.object({ token: z.string({ error: "token is required" }).min(1).max(4096) });

/**
 * The apps' sign-out routes call this with the feed's bearer token and the browser's session token: the token
 * proves the caller held that very session, so no app can end a session it has only heard the id of. The answer
 * (the session, revoked, with its end) is what the feed will list.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = env().AUTH_SECRET;
  const refused = refuseWithoutFeedToken(request, secret);
  if (refused) return refused;
  const body = await parseJsonBody(request, revokeBody);
  if (!body.ok) return body.response;

  const claims = await decodeSessionToken({ token: body.data.token, secret });
  if (!claims) return errorResponse(422, "invalid_token", "The token is not a live session token of this fleet.");
  try {
    const session = await revokeUserSession({ db: db(), userId: claims.sub, sessionId: claims.sid });
    if (!session) return errorResponse(404, "session_not_found", "The portal has no record of this session.");
    // The portal's own pages hear it now, not at this process's next poll of its own feed.
    auth.markSessionRevoked({ id: session.id, expiresAtMs: session.expiresAt.getTime() });
    return Response.json(
      { session: { id: session.id, revokedAt: session.revokedAt.getTime(), expiresAt: session.expiresAt.getTime() } },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    return internalErrorResponse(error, "POST /api/session/revoke");
  }
}
