import type { PublicAddressing } from "@stepperslife/manifest";
import type { NextAuthOptions, Session } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import { encode } from "next-auth/jwt";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { portalUrl } from "../portal-url";
import type { Role } from "../role-schema";
import { safeCallbackUrl } from "../safe-callback-url";
import { sessionCookiePolicy } from "../session-cookie";
import { buildSessionClaims } from "./build-session-claims";
import { createPortalAuthLogger } from "./create-portal-auth-logger";
import { createSessionId } from "./create-session-id";
import { parseSessionClaims, type SessionClaims } from "./parse-session-claims";
import { remainingSessionSeconds } from "./remaining-session-seconds";
import { sendMagicLinkEmail, type MagicLinkMessage } from "./send-magic-link-email";
import { SessionEndedError } from "./session-ended-error";
import { MAGIC_LINK_MAX_AGE_SECONDS, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { toSessionUser } from "./to-session-user";

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

/** What the portal's database says about a user at sign-in. */
export interface PortalUserState {
  roles: Role[];
  /** ms since epoch; 0 if the roles never changed. */
  rolesChangedAt: number;
  disabled: boolean;
}

/** A sign-in the portal is about to issue a token for; `id` becomes the token's `sid`. */
export interface StartedSession {
  id: string;
  userId: string;
  issuedAtMs: number;
  expiresAtMs: number;
}

export interface PortalAuthConfig {
  /** Stores users, OAuth accounts and magic-link tokens (the Prisma adapter over main's database). */
  adapter: Adapter;
  secret: string;
  addressing: PublicAddressing;
  /** Without it the email option still shows, and sending fails with a clear error (unless sendMagicLink is given). */
  smtpUrl?: string;
  mailFrom: string;
  /** Each provider appears only when configured. */
  oauth?: { google?: OAuthClient; github?: OAuthClient };
  /** May be called with an id that is not a user yet (a new email or OAuth profile): return null then. */
  loadUser(userId: string): Promise<PortalUserState | null>;
  /** Runs on every successful sign-in before roles are read, e.g. to grant ADMIN_EMAIL its admin role. */
  onUserSignedIn?(user: { id: string; email: string }): Promise<void> | void;
  /** Records the new session (main's UserSession row) before its token is written; a failure fails the sign-in. */
  startSession(session: StartedSession): Promise<void>;
  /**
   * Whenever NextAuth reads the portal's own session again (/api/auth/session): whether it is still live on the
   * server (not revoked, not expired, user not disabled). False answers as signed out and deletes the cookie.
   */
  isSessionActive(claims: SessionClaims): Promise<boolean>;
  /** Replaces SMTP delivery of the magic link (the rendered message is passed in). */
  sendMagicLink?(message: MagicLinkMessage): Promise<void>;
}

/**
 * NextAuth options of the portal (apps/main), the only app that signs people in. Wiring only: JWT sessions in the
 * fleet's shared cookie, magic links plus whichever OAuth providers are configured, and callbacks that start a
 * recorded session (its id in the token's `sid`) with the user's id, roles and issue times, end it when the server
 * says it was revoked, and keep every redirect inside the fleet.
 */
export function createPortalAuthOptions(config: PortalAuthConfig): NextAuthOptions {
  const portal = portalUrl(config.addressing);
  const providers: Provider[] = [
    EmailProvider({
      ...(config.smtpUrl ? { server: config.smtpUrl } : {}),
      from: config.mailFrom,
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      sendVerificationRequest: ({ identifier, url, expires }) =>
        sendMagicLinkEmail({
          to: identifier,
          url,
          expires,
          from: config.mailFrom,
          smtpUrl: config.smtpUrl,
          validMinutes: MAGIC_LINK_MAX_AGE_SECONDS / 60,
          send: config.sendMagicLink,
        }),
    }),
  ];
  if (config.oauth?.google) providers.push(GoogleProvider(config.oauth.google));
  if (config.oauth?.github) providers.push(GitHubProvider(config.oauth.github));

  return {
    adapter: config.adapter,
    secret: config.secret,
    providers,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: {
      maxAge: SESSION_MAX_AGE_SECONDS,
      // NextAuth re-encodes the session with a fresh 30 days whenever it is read; cap it at 30 days from the
      // sign-in instead. Other tokens it encodes (OAuth state, PKCE) carry no issuedAtMs and pass through.
      encode: (params) => {
        const issuedAtMs = params.token?.issuedAtMs;
        if (typeof issuedAtMs !== "number" || params.salt) return encode(params);
        return encode({ ...params, maxAge: Math.min(params.maxAge ?? SESSION_MAX_AGE_SECONDS, remainingSessionSeconds(issuedAtMs)) });
      },
    },
    useSecureCookies: config.addressing.protocol === "https",
    cookies: { sessionToken: sessionCookiePolicy(config.addressing) },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    logger: createPortalAuthLogger(),
    callbacks: {
      // A session needs an email (SessionUser.email); disabled accounts can't sign in by any method.
      async signIn({ user }) {
        if (!user.email) return false;
        const state = await config.loadUser(user.id);
        return !state?.disabled;
      },
      async jwt({ token, user }) {
        if (!user?.email) {
          // Later calls (the portal reading its own session) keep the token, sid included, while the server says
          // the session is live; roles are refreshed through /api/session/refresh when the feed says they changed.
          const claims = parseSessionClaims(token);
          if (!claims || !(await config.isSessionActive(claims))) throw new SessionEndedError();
          return token;
        }
        await config.onUserSignedIn?.({ id: user.id, email: user.email });
        const state = await config.loadUser(user.id);
        const issuedAtMs = Date.now();
        const sessionId = createSessionId();
        await config.startSession({ id: sessionId, userId: user.id, issuedAtMs, expiresAtMs: issuedAtMs + SESSION_MAX_AGE_SECONDS * 1000 });
        return buildSessionClaims({
          user: { id: user.id, name: user.name ?? null, email: user.email, image: user.image ?? null, roles: state?.roles ?? [] },
          sessionId,
          rolesAt: state?.rolesChangedAt ?? 0,
          issuedAtMs,
        });
      },
      session({ session, token }) {
        const claims = parseSessionClaims(token);
        return { ...session, user: claims ? toSessionUser(claims) : undefined } as Session;
      },
      redirect({ url }) {
        // Relative paths belong to the portal; absolute URLs must be one of the fleet's apps.
        return new URL(safeCallbackUrl(url, { addressing: config.addressing, fallback: `${portal}/` }), portal).href;
      },
    },
  };
}
