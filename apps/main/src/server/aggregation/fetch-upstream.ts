import type { z } from "zod";
import { requestUpstreamText } from "./request-upstream-text";
import type { ContractAnswer, UpstreamError } from "./types";

export type UpstreamAnswer<T> = { ok: true; data: T } | { ok: false; error: UpstreamError };

/**
 * One GET to one upstream, bounded by `timeoutMs` from the first byte sent to the last byte read (the signal also
 * aborts a body that trickles in). No retry: a struggling vertical must not get twice the traffic from the portal.
 * The answer counts only if it is 2xx JSON that satisfies the contract and speaks for this upstream's app alone; a
 * redirect from an API means something is misconfigured, so it counts as a failed answer, never followed.
 */
export async function fetchUpstream<T extends ContractAnswer>(options: {
  url: string;
  app: string;
  schema: z.ZodType<T>;
  timeoutMs: number;
  headers?: Record<string, string>;
}): Promise<UpstreamAnswer<T>> {
  const { url, app, schema, timeoutMs, headers } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await requestUpstreamText(url, { headers: { accept: "application/json", ...headers }, signal });
    if (response.status < 200 || response.status > 299) return { ok: false, error: { kind: "http", status: response.status } };
    const parsed = schema.safeParse(parseJson(response.text));
    if (!parsed.success) return { ok: false, error: { kind: "invalid" } };
    const speaksForItself = parsed.data.app === app && parsed.data.items.every((item) => item.app === app);
    return speaksForItself ? { ok: true, data: parsed.data } : { ok: false, error: { kind: "invalid" } };
  } catch {
    return { ok: false, error: { kind: signal.aborted ? "timeout" : "unreachable" } };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
