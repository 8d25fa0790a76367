import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

const fleetEnvSchema = z.object({
  /** embedded: this machine runs PostgreSQL, the S3 servers and the mail sink; external: production servers. */
  FLEET_INFRA: z.enum(["embedded", "external"]).default("embedded"),
  FLEET_DATA_DIR: z.string().min(1).default(".data"),
  FLEET_ENV_DIR: z.string().min(1).optional(),
  FLEET_POSTGRES_PORT: port.default(5439),
  FLEET_SMTP_PORT: port.default(1025),
  FLEET_MAIL_WEB_PORT: port.default(1080),
  FLEET_HEALTH_TIMEOUT_SECONDS: z.coerce.number().positive().default(180),
  FLEET_SKIP_BUILD: z.enum(["0", "1"]).default("0"),
  /** on: the embedded fleet runs the local Stripe stand-in and gives every vertical test keys for it. */
  FLEET_STRIPE: z.enum(["on", "off"]).default("on"),
  FLEET_STRIPE_PORT: port.default(12111),
  ROOT_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/, "a bare domain such as stepperslife.com").default("localhost"),
  PUBLIC_PROTOCOL: z.enum(["http", "https"]).default("http"),
  PUBLIC_PORTS: z.enum(["true", "false"]).default("true"),
});

export type FleetEnv = z.infer<typeof fleetEnvSchema>;

export class InvalidFleetEnvError extends Error {}

/** The fleet CLI's settings; the only place in this package that reads process.env. */
export function readFleetEnv(source: NodeJS.ProcessEnv = process.env): FleetEnv {
  const parsed = fleetEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new InvalidFleetEnvError(`Invalid fleet settings:\n${lines.join("\n")}`);
}

/** What child processes (pm2, turbo, the apps' scripts) inherit from the CLI. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
}
