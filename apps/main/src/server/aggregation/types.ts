import type { PortalSection } from "@stepperslife/manifest";

/** One vertical the portal reads live, by its internal address (server to server) and its public one (for links). */
export interface Upstream {
  app: string;
  title: string;
  /** Its section on the home page: heading and what it says when empty (from the manifest). */
  section: PortalSection;
  internalUrl: string;
  publicUrl: string;
}

/**
 * Why an upstream's answer was not used: it took longer than the timeout, could not be reached (refused, reset,
 * DNS), answered a non-2xx status, or answered something outside the contract.
 */
export type UpstreamError = { kind: "timeout" } | { kind: "unreachable" } | { kind: "http"; status: number } | { kind: "invalid" };

/** Every contract answer (feed, search, activity) names its app and carries items of that app. */
export interface ContractAnswer {
  app: string;
  items: { app: string }[];
}

/**
 * One vertical's part of an aggregate, with what happened to it: `ok` (fresh answer), `stale` (the upstream failed,
 * here is its last good answer and how old it is) or `unavailable` (failed, nothing to fall back on).
 */
export type Section<T> = {
  upstream: Upstream;
  /** How long the upstream took to answer or fail, in whole milliseconds. */
  durationMs: number;
  /** Why this request's answer was not used; null when it was. */
  error: UpstreamError | null;
} & ({ status: "ok"; data: T } | { status: "stale"; data: T; ageMs: number } | { status: "unavailable"; data: null });

export type SectionStatus = Section<unknown>["status"];
