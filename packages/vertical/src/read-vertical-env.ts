import { createEnv } from "@stepperslife/env";
import { verticalEnvShape, type VerticalEnv } from "./vertical-env";

/**
 * The one reader of process.env for a vertical. Callers memoize it and call it on first use, never at import,
 * so `next build` needs no secrets; a bad variable throws InvalidEnvError naming it.
 */
export function readVerticalEnv(): VerticalEnv {
  return createEnv(verticalEnvShape, process.env);
}
