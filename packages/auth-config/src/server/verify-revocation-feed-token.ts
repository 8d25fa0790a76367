import { timingSafeEqual } from "node:crypto";
import { revocationFeedToken } from "./revocation-feed-token";

/** For the portal's feed route: whether `Authorization: Bearer <token>` is ours. Timing-safe, so it can't be guessed byte by byte. */
export function verifyRevocationFeedToken(authorizationHeader: string | null | undefined, secret: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(authorizationHeader?.trim() ?? "");
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(revocationFeedToken(secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
