import { join } from "node:path";
import type { FleetEnv } from "../fleet-env";

export interface StripeStubSettings {
  enabled: boolean;
  port: number;
  /** What the apps get as STRIPE_API_URL. */
  apiUrl: string;
  /** The accounts the stub serves (secret keys, webhook secrets, endpoints); mode 600 like secrets.json. */
  accountsFile: string;
}

/** The embedded Stripe stand-in's settings, from the fleet's validated env (FLEET_STRIPE, FLEET_STRIPE_PORT). */
export function stripeStubSettings({ env, dataDir }: { env: Pick<FleetEnv, "FLEET_STRIPE" | "FLEET_STRIPE_PORT">; dataDir: string }): StripeStubSettings {
  return {
    enabled: env.FLEET_STRIPE === "on",
    port: env.FLEET_STRIPE_PORT,
    apiUrl: `http://127.0.0.1:${env.FLEET_STRIPE_PORT}`,
    accountsFile: join(dataDir, "stripe", "accounts.json"),
  };
}
