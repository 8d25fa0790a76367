import { z } from "zod";

const testEnvSchema = z.object({
  TEST_POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// URL of a role that may create databases and roles")
    .optional(),
});

export function readTestEnv() {
  return testEnvSchema.parse(process.env);
}
