import { z } from "zod";

const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  checks: z.record(z.string(), z.string()),
  version: z.string(),
});

export type HealthReport =
  | (z.infer<typeof healthSchema> & { reachable: true; httpStatus: number; latencyMs: number })
  | { reachable: false; error: string; latencyMs: number };

/** One look at an app's /api/health; never throws. */
export async function fetchHealth(port: number, timeoutMs = 3000): Promise<HealthReport> {
  const started = performance.now();
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = healthSchema.parse(await response.json());
    return { ...body, reachable: true, httpStatus: response.status, latencyMs: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reachable: false, error: message, latencyMs: performance.now() - started };
  }
}
