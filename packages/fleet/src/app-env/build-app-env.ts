import { type AppDefinition, databaseRoleFor } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";

export function postgresUrl({ user, password, port, database }: { user: string; password: string; port: number; database: string }) {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The variables one app needs to run against the embedded infrastructure. */
export function buildAppEnv({
  app,
  env,
  secrets,
  stripe = null,
}: {
  app: AppDefinition;
  env: FleetEnv;
  secrets: FleetSecrets;
  /** The local Stripe stand-in, when it runs: verticals get their test keys for it. */
  stripe?: { apiUrl: string } | null;
}) {
  const own = secrets.apps[app.name];
  if (!own) throw new Error(`No generated secrets for app "${app.name}"`);
  const vars: Record<string, string> = {
    DATABASE_URL: postgresUrl({
      user: databaseRoleFor(app),
      password: own.databasePassword,
      port: env.FLEET_POSTGRES_PORT,
      database: app.database,
    }),
    ROOT_DOMAIN: env.ROOT_DOMAIN,
    PUBLIC_PROTOCOL: env.PUBLIC_PROTOCOL,
    PUBLIC_PORTS: env.PUBLIC_PORTS,
    SMTP_URL: `smtp://127.0.0.1:${env.FLEET_SMTP_PORT}`,
    AUTH_SECRET: secrets.authSecret,
  };
  if (app.storage) {
    if (!own.storageAccessKey || !own.storageSecretKey) throw new Error(`No storage keys generated for "${app.name}"`);
    Object.assign(vars, {
      S3_ENDPOINT: `http://127.0.0.1:${app.storage.port}`,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY: own.storageAccessKey,
      S3_SECRET_KEY: own.storageSecretKey,
      S3_BUCKET: app.storage.bucket,
    });
  }
  if (stripe && own.stripeSecretKey && own.stripePublishableKey && own.stripeWebhookSecret) {
    Object.assign(vars, {
      STRIPE_SECRET_KEY: own.stripeSecretKey,
      STRIPE_PUBLISHABLE_KEY: own.stripePublishableKey,
      STRIPE_WEBHOOK_SECRET: own.stripeWebhookSecret,
      STRIPE_API_URL: stripe.apiUrl,
    });
  }
  return vars;
}
