import type { SessionUser } from "./session-user";

/**
 * Whether the person manages the vertical `appName`. Admin deliberately does not imply owner: an admin who also
 * runs a vertical gets that owner role granted like anyone else, so "who can change this shop" stays one list.
 */
export function isOwnerOf(user: Pick<SessionUser, "roles"> | null | undefined, appName: string): boolean {
  return user?.roles.includes(`owner:${appName}`) ?? false;
}
