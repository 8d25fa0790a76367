import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@stepperslife/infra";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadFleetSecrets } from "../secrets/load-fleet-secrets";
import { readFleetEnv } from "../fleet-env";
import { stripeStubSettings } from "../setup/stripe-stub-settings";
import { writeStripeStubAccounts } from "../setup/write-stripe-stub-accounts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "fleet-stripe-bin-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("run-stripe-stub (the pm2 entry point)", () => {
  it("serves the accounts written by npm start and stops cleanly on SIGINT", async () => {
    const secrets = await loadFleetSecrets({ secretsFile: join(dir, "secrets.json") });
    const port = await findFreePort();
    const settings = stripeStubSettings({ env: readFleetEnv({ FLEET_STRIPE_PORT: String(port) }), dataDir: dir });
    await writeStripeStubAccounts({ accountsFile: settings.accountsFile, secrets });

    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./run-stripe-stub.ts", import.meta.url))], {
      env: { ...process.env, FLEET_DATA_DIR: dir, FLEET_STRIPE_PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toContain(`stand-in on http://127.0.0.1:${port}`);
      const authorization = `Bearer ${secrets.apps.events?.stripeSecretKey}`;
      const missing = await fetch(`http://127.0.0.1:${port}/v1/payment_intents/pi_missing`, { headers: { authorization } });
      expect(missing.status).toBe(404);
      const stranger = await fetch(`http://127.0.0.1:${port}/v1/payment_intents/pi_missing`, { headers: { authorization: "Bearer sk_test_nobody" } });
      expect(stranger.status).toBe(401);
      expect(output).not.toContain(secrets.apps.events?.stripeSecretKey);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  });
});
