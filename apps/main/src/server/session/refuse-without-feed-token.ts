import { verifyRevocationFeedToken } from "@stepperslife/auth-config/server";
import { errorResponse } from "../http/error-response";

/**
 * For the portal's server-to-server session endpoints (feed, revoke, last-used): a 401 unless the caller shows the
 * bearer token derived from the fleet's AUTH_SECRET, which only the seven apps' servers hold; null when it does.
 */
export function refuseWithoutFeedToken(request: Request, secret: string): Response | null {
  if (verifyRevocationFeedToken(request.headers.get("authorization"), secret)) return null;
  return errorResponse(401, "unauthorized", "A valid revocation feed bearer token is required.", { "www-authenticate": "Bearer" });
}
