import { z } from "zod";
import { roleSchema, type Role } from "../role-schema";

export interface SessionClaims {
  /** The user id. */
  sub: string;
  /** This sign-in's id: the portal's UserSession row, revoked alone when this device signs out. */
  sid: string;
  name: string | null;
  email: string;
  picture: string | null;
  roles: Role[];
  /** When the portal issued this sign-in (ms); compared with the user's sessionsValidAfter. */
  issuedAtMs: number;
  /** The user's rolesChangedAt (ms, 0 if never) when `roles` was read; compared to spot stale roles. */
  rolesAt: number;
  /** Expiry (seconds since epoch), from NextAuth's encode. */
  exp: number;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(16).max(64),
  name: z.string().nullish(),
  email: z.string().min(3),
  picture: z.string().nullish(),
  roles: z.array(z.string()),
  issuedAtMs: z.number().int().nonnegative(),
  rolesAt: z.number().nonnegative(),
  exp: z.number(),
});

/**
 * Checks a decrypted payload has every claim a session needs; null otherwise (e.g. a token from before
 * these claims existed: one without `sid` cannot be signed out on its own, so it counts as signed out). Unknown
 * roles are dropped rather than failing the session: least privilege, still signed in.
 */
export function parseSessionClaims(payload: unknown): SessionClaims | null {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) return null;
  const claims = parsed.data;
  return {
    sub: claims.sub,
    sid: claims.sid,
    name: claims.name ?? null,
    email: claims.email,
    picture: claims.picture ?? null,
    roles: claims.roles.filter((role): role is Role => roleSchema.safeParse(role).success),
    issuedAtMs: claims.issuedAtMs,
    rolesAt: claims.rolesAt,
    exp: claims.exp,
  };
}
