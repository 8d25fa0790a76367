import { randomBytes } from "node:crypto";

/**
 * A new session's id, the token's `sid` claim: 128 random bits, base64url (22 characters). Not a secret on its own
 * (a token still needs AUTH_SECRET to be made), but unguessable, so one person's id never names another's session.
 */
export function createSessionId(): string {
  return randomBytes(16).toString("base64url");
}
