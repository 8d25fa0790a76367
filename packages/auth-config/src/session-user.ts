import type { Role } from "./role-schema";

/** The signed-in person as every app sees them; identity is the only thing the apps share. */
export interface SessionUser {
  /** The portal's user id (stable across email changes). */
  id: string;
  name: string | null;
  email: string;
  image: string | null;
  /** Empty for most people; also empty while the session's roles are being refreshed (least privilege). */
  roles: Role[];
}
