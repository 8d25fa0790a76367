import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { createPortalAuthOptions } from "@stepperslife/auth-config/server";
import type { NextAuthOptions } from "next-auth";
import { addressing, env, exportNextAuthUrl } from "../../env";
import { loadSessionClaims } from "../accounts/load-session-claims";
import { db } from "../db";
import { findActiveSession } from "../session/find-active-session";
import { readSignInDevice } from "../session/read-sign-in-device";
import { recordSessionUse, SESSION_USE_RESOLUTION_MS } from "../session/record-session-use";
import { startUserSession } from "../session/start-user-session";
import { grantAdminOnSignIn } from "./grant-admin-on-sign-in";

/**
 * NextAuth's options for the portal: magic links, Google/GitHub when configured, JWT sessions in the fleet cookie,
 * each sign-in recorded as a UserSession row that the portal's own session reads check (and mark as used).
 */
export function buildPortalAuthOptions(): NextAuthOptions {
  const config = env();
  exportNextAuthUrl();
  return createPortalAuthOptions({
    // The adapter is typed against the Prisma 2–5 `@prisma/client` package; this app's Prisma 7 client (generated
    // into src/generated, with the pg driver adapter) has the same user/account/verificationToken delegates it calls.
    adapter: PrismaAdapter(db() as unknown as Parameters<typeof PrismaAdapter>[0]),
    secret: config.AUTH_SECRET,
    addressing: addressing(),
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    oauth: {
      google:
        config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET
          ? { clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }
          : undefined,
      github:
        config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET
          ? { clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET }
          : undefined,
    },
    loadUser: async (userId) => {
      const claims = await loadSessionClaims({ db: db(), userId });
      return claims && { roles: claims.user.roles, rolesChangedAt: claims.rolesChangedAt, disabled: claims.disabled };
    },
    onUserSignedIn: async (user) => {
      await grantAdminOnSignIn({ db: db(), user, adminEmail: config.ADMIN_EMAIL });
    },
    startSession: async (session) => {
      await startUserSession({ db: db(), ...session, device: await readSignInDevice() });
    },
    isSessionActive: async (claims) => {
      const now = Date.now();
      const session = await findActiveSession({ db: db(), sessionId: claims.sid, userId: claims.sub, issuedAtMs: claims.issuedAtMs });
      // Checked here first so a session read every few seconds costs one query, and one write a minute at most.
      if (session && (!session.lastUsedAt || now - session.lastUsedAt.getTime() >= SESSION_USE_RESOLUTION_MS)) {
        await recordSessionUse({ db: db(), uses: [{ id: session.id, lastUsedAt: now }], now });
      }
      return session !== null;
    },
  });
}
