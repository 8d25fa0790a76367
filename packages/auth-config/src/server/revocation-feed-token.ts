import { createHmac } from "node:crypto";

/**
 * The bearer token apps show the portal's revocation feed. Derived from the shared AUTH_SECRET, so there is no
 * extra secret to distribute, and one-way, so the feed token never reveals the secret that encrypts sessions.
 */
export function revocationFeedToken(secret: string): string {
  return createHmac("sha256", secret).update("stepperslife:revocation-feed").digest("base64url");
}
