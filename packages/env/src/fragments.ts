import { getApp } from "@stepperslife/manifest";
import { z } from "zod";
import { booleanString, prefixedSecret, urlWithScheme, type EnvDoc } from "./fields";
import { inGroup } from "./together";

const doc = (meta: EnvDoc) => meta;

export const databaseEnv = {
  DATABASE_URL: urlWithScheme(["postgres:", "postgresql:"], "expected a postgres:// URL").meta(
    doc({
      description: "PostgreSQL connection URL of this app's own database (its app role, not the superuser).",
      example: "postgres://stepperslife_main_app:password@127.0.0.1:5432/stepperslife_main",
    }),
  ),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "expected a whole number of connections from 1 to 1000" })
    .int({ error: "expected a whole number of connections from 1 to 1000" })
    .min(1, { error: "expected a whole number of connections from 1 to 1000" })
    .max(1000, { error: "expected a whole number of connections from 1 to 1000" })
    .default(10)
    .meta(
      doc({
        description:
          "Most connections one worker of this app opens to PostgreSQL. `npm start` refuses a fleet whose workers × pool sizes exceed 80% of the server's max_connections.",
        example: "10",
      }),
    ),
};

export const publicAddressEnv = {
  ROOT_DOMAIN: z
    .string({ error: "expected a domain name such as stepperslife.com" })
    .regex(/^[a-z0-9.-]+$/i, { error: "expected a domain name such as stepperslife.com (no scheme, no port)" })
    .default("localhost")
    .meta(
      doc({
        description: "Domain people reach the fleet on; verticals live on its subdomains. `localhost` keeps every app on one host, told apart by port.",
        example: "stepperslife.com",
      }),
    ),
  PUBLIC_PROTOCOL: z
    .enum(["http", "https"], { error: "expected http or https" })
    .default("http")
    .meta(doc({ description: "Scheme of the public links between apps.", example: "https" })),
  PUBLIC_PORTS: booleanString()
    .default(true)
    .meta(
      doc({
        description: "Whether public links carry each app's port (true in dev and tests, false behind a reverse proxy).",
        example: "false",
      }),
    ),
};

export const mailEnv = {
  SMTP_URL: urlWithScheme(["smtp:", "smtps:"], "expected an smtp:// or smtps:// URL")
    .optional()
    .meta(
      doc({
        description: "Outgoing mail server. Without it no mail is sent.",
        example: "smtp://user:password@127.0.0.1:1025",
      }),
    ),
  MAIL_FROM: z
    .string({ error: "expected a sender such as SteppersLife <no-reply@stepperslife.com>" })
    .regex(/@/, { error: "expected a sender such as SteppersLife <no-reply@stepperslife.com>" })
    .default("SteppersLife <no-reply@stepperslife.com>")
    .meta(doc({ description: "Sender of outgoing mail.", example: "SteppersLife <no-reply@stepperslife.com>" })),
};

// The portal's own port from the manifest: where it listens when every app runs on one host.
const portalOnThisHost = `http://127.0.0.1:${getApp("main").port}`;

export const authEnv = {
  AUTH_SECRET: z
    .string({ error: "expected a random string of at least 32 characters" })
    .min(32, { error: "expected a random string of at least 32 characters" })
    .meta(
      doc({
        description:
          "Secret shared by all seven apps for encrypting the session cookie (single sign-on); the same value in every app. Generate with `openssl rand -base64 32`.",
        example: "replace-with-output-of-openssl-rand-base64-32",
      }),
    ),
  PORTAL_INTERNAL_URL: urlWithScheme(["http:", "https:"], "expected an http:// or https:// URL")
    .default(portalOnThisHost)
    .meta(
      doc({
        description:
          "How this app's server reaches the portal (apps/main) directly, e.g. to poll its session revocation feed; not the public address.",
        example: portalOnThisHost,
      }),
    ),
};

/** Sign-in methods of the portal (apps/main only): the verticals never talk to identity providers. */
export const portalSignInEnv = {
  GOOGLE_CLIENT_ID: inGroup(
    "Google sign-in",
    z
      .string({ error: "expected a Google OAuth client ID" })
      .optional()
      .meta(
        doc({
          description: "OAuth client ID for \"Continue with Google\". Set both Google variables or none (none hides the button).",
          example: "1234567890-abc.apps.googleusercontent.com",
        }),
      ),
  ),
  GOOGLE_CLIENT_SECRET: inGroup(
    "Google sign-in",
    z
      .string({ error: "expected a Google OAuth client secret" })
      .optional()
      .meta(doc({ description: "OAuth client secret that goes with GOOGLE_CLIENT_ID.", example: "GOCSPX-..." })),
  ),
  GITHUB_CLIENT_ID: inGroup(
    "GitHub sign-in",
    z
      .string({ error: "expected a GitHub OAuth client ID" })
      .optional()
      .meta(
        doc({
          description: "OAuth app client ID for \"Continue with GitHub\". Set both GitHub variables or none (none hides the button).",
          example: "Ov23li...",
        }),
      ),
  ),
  GITHUB_CLIENT_SECRET: inGroup(
    "GitHub sign-in",
    z
      .string({ error: "expected a GitHub OAuth client secret" })
      .optional()
      .meta(doc({ description: "OAuth client secret that goes with GITHUB_CLIENT_ID.", example: "..." })),
  ),
  ADMIN_EMAIL: z
    .string({ error: "expected an email address" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "expected an email address" }))
    .optional()
    .meta(
      doc({
        description: "This address becomes an admin when it signs in (how the first admin is made). Stored lower-cased.",
        example: "you@example.com",
      }),
    ),
};

export const stripeEnv = {
  STRIPE_SECRET_KEY: inGroup(
    "Stripe",
    prefixedSecret("sk_", "a Stripe secret key")
      .optional()
      .meta(doc({ description: "Stripe secret key of this app's Stripe account. Set all three Stripe keys or none.", example: "sk_test_..." })),
  ),
  STRIPE_PUBLISHABLE_KEY: inGroup(
    "Stripe",
    prefixedSecret("pk_", "a Stripe publishable key")
      .optional()
      .meta(doc({ description: "Stripe publishable key, sent to browsers for checkout.", example: "pk_test_..." })),
  ),
  STRIPE_WEBHOOK_SECRET: inGroup(
    "Stripe",
    prefixedSecret("whsec_", "a Stripe webhook signing secret")
      .optional()
      .meta(doc({ description: "Signing secret of this app's Stripe webhook endpoint.", example: "whsec_..." })),
  ),
  // Outside the "Stripe" group: only a platform whose Connect endpoint is a second endpoint (the usual set-up) has it.
  STRIPE_CONNECT_WEBHOOK_SECRET: prefixedSecret("whsec_", "a Stripe webhook signing secret")
    .optional()
    .meta(
      doc({
        description:
          "Signing secret of this app's Connect webhook endpoint (events of its businesses' connected accounts, such as account.updated), when Stripe sends those to a second endpoint at the same URL.",
        example: "whsec_...",
      }),
    ),
  // Outside the "Stripe" group on purpose: unset is the normal production value whatever the keys are.
  STRIPE_API_URL: urlWithScheme(["http:", "https:"], "expected an http:// or https:// URL")
    .optional()
    .meta(
      doc({
        description:
          "Base URL of a Stripe-compatible API, for the local test stand-in only (`npm start` points it at the stripe-stub). Leave unset in production: the SDK then talks to Stripe itself.",
        example: "http://127.0.0.1:12111",
      }),
    ),
};

export const appVersionEnv = {
  APP_VERSION: z
    .string({ error: "expected a version label" })
    .optional()
    .meta(
      doc({
        description: "Version reported by /api/health, e.g. the git commit being deployed. Defaults to the app's package.json version.",
        example: "2026.07.1+abc1234",
      }),
    ),
};
