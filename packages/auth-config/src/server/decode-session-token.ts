import { decode } from "next-auth/jwt";
import { parseSessionClaims, type SessionClaims } from "./parse-session-claims";

/**
 * Reads a session token. Anything wrong (another secret, a flipped character, expired, missing claims) is
 * null, never an exception: a bad cookie must look like "signed out", not break the page.
 */
export async function decodeSessionToken({ token, secret }: { token: string; secret: string }): Promise<SessionClaims | null> {
  try {
    return parseSessionClaims(await decode({ token, secret }));
  } catch {
    return null;
  }
}
