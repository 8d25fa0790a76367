import { z } from "zod";

const stubEnvSchema = z.object({
  STRIPE_STUB_ACCOUNTS_FILE: z.string().min(1).optional(),
  STRIPE_STUB_PORT: z.coerce.number().int().min(1).max(65535).default(12111),
  STRIPE_STUB_HOST: z.string().min(1).default("127.0.0.1"),
});

/** The stub's settings when run as a process (pm2); the only reader of process.env in this package. */
export function readStubEnv(source: NodeJS.ProcessEnv = process.env) {
  return stubEnvSchema.parse(source);
}
