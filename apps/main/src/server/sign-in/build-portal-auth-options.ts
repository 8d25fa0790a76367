import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { createPortalAuthOptions } from "@stepperslife/auth-config/server";
import type { NextAuthOptions } from "next-auth";
import { addressing, env, exportNextAuthUrl } from "../../env";
import { loadSessionClaims } from "../accounts/load-session-claims";
import { db } from "../db";
import { grantAdminOnSignIn } from "./grant-admin-on-sign-in";

/** NextAuth's options for the portal: magic links, Google/GitHub when configured, JWT sessions in the fleet cookie. */
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
  });
}
