import { join } from "node:path";
import { z } from "zod";
import { InvalidFleetEnvError } from "../fleet-env";

const stripeStubEnvSchema = z.object({
  /** on: the embedded fleet runs the local Stripe stand-in and gives every vertical test keys for it. */
  FLEET_STRIPE: z.enum(["on", "off"]).default("on"),
  FLEET_STRIPE_PORT: z.coerce.number().int().min(1).max(65535).default(12111),
});

export interface StripeStubSettings {
  enabled: boolean;
  port: number;
  /** What the apps get as STRIPE_API_URL. */
  apiUrl: string;
  /** The accounts the stub serves (secret keys, webhook secrets, endpoints); mode 600 like secrets.json. */
  accountsFile: string;
}

/** The embedded Stripe stand-in's settings; kept apart from fleet-env.ts so the stub can be switched off alone. */
export function readStripeStubEnv({ dataDir }: { dataDir: string }, source: NodeJS.ProcessEnv = process.env): StripeStubSettings {
  const parsed = stripeStubEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new InvalidFleetEnvError(`Invalid fleet settings:\n${lines.join("\n")}`);
  }
  const { FLEET_STRIPE, FLEET_STRIPE_PORT } = parsed.data;
  return {
    enabled: FLEET_STRIPE === "on",
    port: FLEET_STRIPE_PORT,
    apiUrl: `http://127.0.0.1:${FLEET_STRIPE_PORT}`,
    accountsFile: join(dataDir, "stripe", "accounts.json"),
  };
}
