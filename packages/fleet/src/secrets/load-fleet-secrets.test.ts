import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fleet, verticals } from "@stepperslife/manifest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadFleetSecrets } from "./load-fleet-secrets";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "fleet-secrets-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("loadFleetSecrets", () => {
  it("generates Stripe test keys for each vertical once, and none for the portal", async () => {
    const secretsFile = join(dir, "secrets.json");
    const first = await loadFleetSecrets({ secretsFile });
    for (const app of verticals) {
      expect(first.apps[app.name]).toMatchObject({
        stripeSecretKey: expect.stringMatching(/^sk_test_[0-9a-f]{36}$/),
        stripePublishableKey: expect.stringMatching(/^pk_test_[0-9a-f]{36}$/),
        stripeWebhookSecret: expect.stringMatching(/^whsec_[0-9a-f]{48}$/),
      });
    }
    expect(first.apps.main?.stripeSecretKey).toBeUndefined();
    expect(new Set(verticals.map((app) => first.apps[app.name]?.stripeSecretKey)).size).toBe(verticals.length);
    expect(await loadFleetSecrets({ secretsFile })).toEqual(first);
    expect((await stat(secretsFile)).mode & 0o777).toBe(0o600);
  });

  it("adds Stripe keys to a secrets file written before them and keeps every other credential", async () => {
    const secretsFile = join(dir, "secrets.json");
    const apps = Object.fromEntries(
      fleet.apps.map((app) => [app.name, { databasePassword: `password-of-${app.name}-0123456789`, ...(app.storage ? { storageAccessKey: "SLABCDEF0123456789", storageSecretKey: "s".repeat(40) } : {}) }]),
    );
    const old = { version: 1, postgresAdminPassword: "admin-password-0123456789", authSecret: "a".repeat(64), apps };
    await writeFile(secretsFile, JSON.stringify(old));
    const upgraded = await loadFleetSecrets({ secretsFile });
    expect(upgraded.postgresAdminPassword).toBe(old.postgresAdminPassword);
    expect(upgraded.apps.restaurants).toMatchObject({ ...apps.restaurants, stripeSecretKey: expect.stringMatching(/^sk_test_/) });
    expect(JSON.parse(await readFile(secretsFile, "utf8"))).toEqual(upgraded);
  });
});
