// Isomorphic: safe in client components, server code and the proxy. Server-only helpers are in "./server".
export { isAdmin } from "./is-admin";
export { isOwnerOf } from "./is-owner-of";
export { listFleetOrigins } from "./list-fleet-origins";
export { portalUrl } from "./portal-url";
export { profileUrl } from "./profile-url";
export { roleSchema, type Role } from "./role-schema";
export { safeCallbackUrl } from "./safe-callback-url";
export { sessionCookiePolicy, type SessionCookiePolicy } from "./session-cookie";
export type { SessionUser } from "./session-user";
export { signInUrl } from "./sign-in-url";
export { SIGN_OUT_PATH } from "./sign-out-path";
