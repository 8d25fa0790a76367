// GET /api/session/refresh — re-issue the session cookie with the user's current roles (or clear it), then go back
import { portalUrl, safeCallbackUrl, sessionCookiePolicy } from "@stepperslife/auth-config";
import { readCookieValues, serializeClearedSessionCookies } from "@stepperslife/auth-config/server";
import { z } from "zod";
import { addressing, env } from "../../../../env";
import { db } from "../../../../server/db";
import { internalErrorResponse } from "../../../../server/http/internal-error-response";
import { refreshSessionToken, type RefreshedSession } from "../../../../server/session/refresh-session-token";
import { serializeSessionCookie } from "../../../../server/session/serialize-session-cookie";

export const dynamic = "force-dynamic";

// An unusable callbackUrl is not an error: safeCallbackUrl falls back to the portal's home.
const refreshQuery = z.object({ callbackUrl: z.string().max(4096).optional().catch(undefined) });

export async function GET(request: Request): Promise<Response> {
  try {
    const fleet = addressing();
    const query = refreshQuery.parse({ callbackUrl: new URL(request.url).searchParams.get("callbackUrl") ?? undefined });
    const destination = safeCallbackUrl(query.callbackUrl, { addressing: fleet, fallback: portalUrl(fleet) });
    const headers = new Headers({ location: destination, "cache-control": "no-store" });
    const policy = sessionCookiePolicy(fleet);

    // The browser may send two cookies of this name (the shared one and an old host-only one): refresh the live one.
    const tokens = readCookieValues(request.headers.get("cookie"), policy.name);
    let refreshed: Extract<RefreshedSession, { outcome: "reissued" }> | null = null;
    for (const token of tokens) {
      const outcome = await refreshSessionToken({ db: db(), token, secret: env().AUTH_SECRET });
      if (outcome.outcome === "reissued") {
        refreshed = outcome;
        break;
      }
    }

    if (refreshed) {
      // Leftover host-only copies would shadow the fresh shared cookie on this host.
      if (policy.options.domain) {
        for (const cookie of serializeClearedSessionCookies(fleet, { scope: "host-only" })) headers.append("set-cookie", cookie);
      }
      headers.append("set-cookie", serializeSessionCookie({ policy, value: refreshed.token, maxAgeSeconds: refreshed.maxAgeSeconds }));
    } else if (tokens.length > 0) {
      for (const cookie of serializeClearedSessionCookies(fleet)) headers.append("set-cookie", cookie);
    }
    return new Response(null, { status: 303, headers });
  } catch (error) {
    return internalErrorResponse(error, "GET /api/session/refresh");
  }
}
