import { z } from "zod";

// Next sets NODE_ENV itself (`next dev`: development; `next build`/`next start`: production) and inlines it at build.
const nodeEnvSchema = z.enum(["development", "production", "test"]).catch("production");

/** Whether this is `next dev`, whose React needs eval and whose CSS arrives as inline style elements. */
export function isNextDevelopment(): boolean {
  return nodeEnvSchema.parse(process.env.NODE_ENV) === "development";
}
