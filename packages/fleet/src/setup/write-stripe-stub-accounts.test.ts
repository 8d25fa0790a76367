import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verticals } from "@stepperslife/manifest";
import { stubAccountsSchema } from "@stepperslife/stripe-stub";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadFleetSecrets } from "../secrets/load-fleet-secrets";
import { readFleetEnv } from "../fleet-env";
import { stripeStubSettings } from "./stripe-stub-settings";
import { writeStripeStubAccounts } from "./write-stripe-stub-accounts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "fleet-stripe-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("stripeStubSettings", () => {
  it("runs the stub on 12111 unless FLEET_STRIPE=off", () => {
    const settings = (source: NodeJS.ProcessEnv) => stripeStubSettings({ env: readFleetEnv(source), dataDir: "/data" });
    expect(settings({})).toEqual({
      enabled: true,
      port: 12111,
      apiUrl: "http://127.0.0.1:12111",
      accountsFile: "/data/stripe/accounts.json",
    });
    expect(settings({ FLEET_STRIPE: "off", FLEET_STRIPE_PORT: "13000" })).toMatchObject({ enabled: false, port: 13000 });
    expect(() => settings({ FLEET_STRIPE: "maybe" })).toThrow(/FLEET_STRIPE/);
  });
});

describe("writeStripeStubAccounts", () => {
  it("writes one account per vertical with its keys and its own webhook endpoint, readable only by the owner", async () => {
    const secrets = await loadFleetSecrets({ secretsFile: join(dir, "secrets.json") });
    const accountsFile = join(dir, "stripe", "accounts.json");
    await writeStripeStubAccounts({ accountsFile, secrets });
    const { accounts } = stubAccountsSchema.parse(JSON.parse(await readFile(accountsFile, "utf8")));
    expect(accounts).toEqual(
      verticals.map((app) => ({
        secretKey: secrets.apps[app.name]?.stripeSecretKey,
        webhookSecret: secrets.apps[app.name]?.stripeWebhookSecret,
        webhookUrl: `http://127.0.0.1:${app.port}/api/stripe/webhook`,
      })),
    );
    expect((await stat(accountsFile)).mode & 0o777).toBe(0o600);
  });
});
