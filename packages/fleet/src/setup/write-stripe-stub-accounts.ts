import { chmod, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { verticals } from "@stepperslife/manifest";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";

/**
 * Writes the accounts file the Stripe stand-in reads at start: one account per vertical, chosen by the vertical's
 * secret key, signing with its webhook secret and delivering to its own `/api/stripe/webhook` on loopback.
 */
export async function writeStripeStubAccounts({ accountsFile, secrets }: { accountsFile: string; secrets: FleetSecrets }): Promise<void> {
  const accounts = verticals.map((app) => {
    const own = secrets.apps[app.name];
    if (!own?.stripeSecretKey || !own.stripeWebhookSecret) throw new Error(`No Stripe test keys generated for "${app.name}"`);
    return {
      app: app.name,
      secretKey: own.stripeSecretKey,
      webhookSecret: own.stripeWebhookSecret,
      webhookUrl: `http://127.0.0.1:${app.port}/api/stripe/webhook`,
    };
  });
  await mkdir(dirname(accountsFile), { recursive: true, mode: 0o700 });
  await writeFile(accountsFile, `${JSON.stringify({ accounts }, null, 2)}\n`, { mode: 0o600 });
  await chmod(accountsFile, 0o600);
}
