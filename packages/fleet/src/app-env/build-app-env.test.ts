import { getApp } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { readFleetEnv } from "../fleet-env";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";
import { buildAppEnv } from "./build-app-env";

const env = readFleetEnv({});
const secrets: FleetSecrets = {
  version: 1,
  postgresAdminPassword: "admin-password-0123456789",
  authSecret: "a".repeat(64),
  apps: {
    main: { databasePassword: "main-password-0123456789" },
    restaurants: {
      databasePassword: "restaurants-password-0123",
      storageAccessKey: "SLABCDEF0123456789",
      storageSecretKey: "s".repeat(40),
      stripeSecretKey: `sk_test_${"1".repeat(36)}`,
      stripePublishableKey: `pk_test_${"2".repeat(36)}`,
      stripeWebhookSecret: `whsec_${"3".repeat(48)}`,
    },
  },
};
const stripe = { apiUrl: "http://127.0.0.1:12111" };

describe("buildAppEnv", () => {
  it("gives a vertical its own Stripe test keys and the stand-in's URL when the stub runs", () => {
    expect(buildAppEnv({ app: getApp("restaurants"), env, secrets, stripe })).toMatchObject({
      STRIPE_SECRET_KEY: secrets.apps.restaurants?.stripeSecretKey,
      STRIPE_PUBLISHABLE_KEY: secrets.apps.restaurants?.stripePublishableKey,
      STRIPE_WEBHOOK_SECRET: secrets.apps.restaurants?.stripeWebhookSecret,
      STRIPE_API_URL: "http://127.0.0.1:12111",
    });
  });

  it("leaves Stripe out entirely when the stub is off, and for the portal", () => {
    const off = buildAppEnv({ app: getApp("restaurants"), env, secrets });
    expect(Object.keys(off).filter((name) => name.startsWith("STRIPE_"))).toEqual([]);
    const portal = buildAppEnv({ app: getApp("main"), env, secrets, stripe });
    expect(Object.keys(portal).filter((name) => name.startsWith("STRIPE_"))).toEqual([]);
  });
});
