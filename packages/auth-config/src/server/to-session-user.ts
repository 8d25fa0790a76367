import type { SessionUser } from "../session-user";
import type { SessionClaims } from "./parse-session-claims";

/** The user a token describes; with `staleRoles`, without roles until the portal re-issues it (least privilege). */
export function toSessionUser(claims: SessionClaims, { staleRoles = false }: { staleRoles?: boolean } = {}): SessionUser {
  return {
    id: claims.sub,
    name: claims.name,
    email: claims.email,
    image: claims.picture,
    roles: staleRoles ? [] : claims.roles,
  };
}
