import "server-only";

export { createFleetAuth, type FleetAuth, type FleetAuthConfig, type SignedInSession } from "./create-fleet-auth";
export {
  createPortalAuthOptions,
  type OAuthClient,
  type PortalAuthConfig,
  type PortalUserState,
  type StartedSession,
} from "./create-portal-auth-options";
export {
  createRevocationWatcher,
  type RevocationWatcher,
  type RevocationWatcherOptions,
  type SessionStatus,
  type WatchedToken,
} from "./create-revocation-watcher";
export { createSessionId } from "./create-session-id";
export { createSessionProxy, type SessionProxyConfig } from "./create-session-proxy";
export { createSignOutRoute, type SignOutRoute, type SignOutRouteConfig } from "./create-sign-out-route";
export { decodeSessionToken } from "./decode-session-token";
export { encodeSessionToken } from "./encode-session-token";
export { getSharedRevocationWatcher } from "./get-shared-revocation-watcher";
export type { SessionClaims } from "./parse-session-claims";
export { readCookieValues } from "./read-cookie-values";
export { renderMagicLinkEmail, type MagicLinkEmail } from "./render-magic-link-email";
export type { RevocationFeed } from "./revocation-feed-schema";
export { revocationFeedToken } from "./revocation-feed-token";
export type { MagicLinkMessage } from "./send-magic-link-email";
export { serializeClearedSessionCookies } from "./serialize-cleared-session-cookies";
export { MAGIC_LINK_MAX_AGE_SECONDS, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
export { verifyRevocationFeedToken } from "./verify-revocation-feed-token";
