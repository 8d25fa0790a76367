import { runCheck, type CheckResult } from "./run-check";

export interface HealthRouteOptions {
  /** Reported as-is; a function is read per request so that importing the route needs no env (next build). */
  version: string | (() => string);
  /** Each check resolves when its dependency is usable and throws (or hangs) when it is not. */
  checks: Record<string, () => Promise<void>>;
  /** Per check; a hung dependency must not hang the probe. */
  timeoutMs?: number;
}

export interface HealthBody {
  status: "ok" | "degraded";
  checks: Record<string, CheckResult>;
  version: string;
}

/** `GET` for an app's `/api/health`: 200 when every check passes, 503 otherwise, never cached. */
export function createHealthRoute({ version, checks, timeoutMs = 2000 }: HealthRouteOptions): () => Promise<Response> {
  return async function GET() {
    const names = Object.keys(checks);
    const results = await Promise.all(names.map((name) => runCheck(name, checks[name]!, timeoutMs)));
    const body: HealthBody = {
      status: results.every((result) => result === "ok") ? "ok" : "degraded",
      checks: Object.fromEntries(names.map((name, index) => [name, results[index]!])),
      version: typeof version === "function" ? version() : version,
    };
    return Response.json(body, {
      status: body.status === "ok" ? 200 : 503,
      headers: { "cache-control": "no-store" },
    });
  };
}
