import { requestJson } from "./request-json";
import { revocationFeedToken } from "./revocation-feed-token";

/**
 * Asks the portal to end one session (POST /api/session/revoke), server to server: the feed's bearer token says an
 * app of the fleet is asking, and the session token itself proves this browser held that session. Throws when the
 * portal can't be reached in time or refuses; the caller signs the browser out regardless.
 */
export async function revokeSessionOnPortal({
  portalInternalUrl,
  secret,
  token,
  timeoutMs = 2_000,
}: {
  portalInternalUrl: string;
  secret: string;
  token: string;
  timeoutMs?: number;
}): Promise<void> {
  const url = `${portalInternalUrl.replace(/\/+$/, "")}/api/session/revoke`;
  const { status, body } = await requestJson(url, {
    headers: { authorization: `Bearer ${revocationFeedToken(secret)}` },
    json: { token },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (status === 200) return;
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  throw new Error(`the portal answered ${status}${typeof code === "string" ? ` (${code})` : ""}`);
}
