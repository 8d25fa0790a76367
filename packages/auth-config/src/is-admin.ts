import type { SessionUser } from "./session-user";

/** Whether the person runs the fleet. Takes null so a header can ask before knowing whether anyone is signed in. */
export function isAdmin(user: Pick<SessionUser, "roles"> | null | undefined): boolean {
  return user?.roles.includes("admin") ?? false;
}
