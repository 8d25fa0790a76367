// pm2 entry point: the local Stripe stand-in that the verticals' test keys point at in the embedded fleet.
import { readFile } from "node:fs/promises";
import { startStripeStub, stubAccountsSchema } from "@stepperslife/stripe-stub";
import { readFleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";
import { stripeStubSettings } from "../setup/stripe-stub-settings";
import { failStart, keepRunning } from "./keep-running";

const env = readFleetEnv();
const settings = stripeStubSettings({ env, dataDir: fleetPaths(env).dataDir });
try {
  const { accounts } = stubAccountsSchema.parse(JSON.parse(await readFile(settings.accountsFile, "utf8")));
  const stub = await startStripeStub({ port: settings.port, host: "127.0.0.1", accounts, log: (line) => console.log(line) });
  // Endpoints only: the keys stay in the accounts file.
  console.log(`stripe: local Stripe stand-in on ${stub.url}, webhooks to ${accounts.map((account) => account.webhookUrl).join(", ")}`);
  keepRunning("stripe", stub.close);
} catch (error) {
  failStart("stripe", error);
}
