import type { JWT } from "next-auth/jwt";
import type { SessionUser } from "../session-user";

// A cookie over 4 KB is split (or dropped) by NextAuth and browsers. Bounding the free-text fields keeps the
// encrypted token near 3 KB at worst, whatever a person types as their name or an identity provider sends.
const MAX_NAME_CHARACTERS = 120;
const MAX_EMAIL_CHARACTERS = 254;
const MAX_IMAGE_URL_CHARACTERS = 1024;

/** The claims of a session token (before NextAuth's encode adds iat/exp/jti), in the shape NextAuth itself writes. */
export function buildSessionClaims({
  user,
  sessionId,
  rolesAt,
  issuedAtMs,
}: {
  user: SessionUser;
  /** The sign-in's own id (`sid`), kept whenever the token is re-issued; NextAuth's `jti` changes on every encode. */
  sessionId: string;
  rolesAt: number;
  issuedAtMs: number;
}): JWT {
  return {
    sub: user.id,
    sid: sessionId,
    name: user.name === null ? null : truncate(user.name, MAX_NAME_CHARACTERS),
    email: truncate(user.email, MAX_EMAIL_CHARACTERS),
    // A truncated URL would be a broken image; no picture is better.
    picture: user.image !== null && user.image.length <= MAX_IMAGE_URL_CHARACTERS ? user.image : null,
    roles: [...new Set(user.roles)],
    issuedAtMs,
    rolesAt,
  };
}

// By code point, so a name is never cut in the middle of an emoji or accented letter.
function truncate(value: string, maxCharacters: number): string {
  const characters = Array.from(value);
  return characters.length <= maxCharacters ? value : characters.slice(0, maxCharacters).join("");
}
