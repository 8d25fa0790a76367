import type { z } from "zod";
import type { ContractAnswer, UpstreamError } from "./types";

export type UpstreamAnswer<T> = { ok: true; data: T } | { ok: false; error: UpstreamError };

/**
 * One GET to one upstream, bounded by `timeoutMs` from the first byte sent to the last byte read (the signal also
 * aborts a body that trickles in). No retry: a struggling vertical must not get twice the traffic from the portal.
 * The answer counts only if it is 2xx JSON that satisfies the contract and speaks for this upstream's app alone.
 */
export async function fetchUpstream<T extends ContractAnswer>(options: {
  url: string;
  app: string;
  schema: z.ZodType<T>;
  timeoutMs: number;
  headers?: Record<string, string>;
}): Promise<UpstreamAnswer<T>> {
  const { url, app, schema, timeoutMs, headers } = options;
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json", ...headers },
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
      // A redirect from an API means something is misconfigured: report its status rather than follow it anywhere.
      redirect: "manual",
    });
    const text = await response.text();
    if (!response.ok) return { ok: false, error: { kind: "http", status: response.status } };
    const parsed = schema.safeParse(parseJson(text));
    if (!parsed.success) return { ok: false, error: { kind: "invalid" } };
    const speaksForItself = parsed.data.app === app && parsed.data.items.every((item) => item.app === app);
    return speaksForItself ? { ok: true, data: parsed.data } : { ok: false, error: { kind: "invalid" } };
  } catch (error) {
    return { ok: false, error: { kind: isTimeout(error) ? "timeout" : "unreachable" } };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// AbortSignal.timeout rejects with a "TimeoutError" DOMException, both while connecting and while reading the body.
function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || (error.cause instanceof Error && error.cause.name === "TimeoutError"));
}
