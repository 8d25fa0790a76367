import type { VerticalDefinition } from "./manifest-schema";

export interface InternalUrl {
  /** The portal's variable for it, e.g. `EVENTS_INTERNAL_URL`. */
  variable: `${string}_INTERNAL_URL`;
  /** Where the vertical listens on the same host when the variable is unset, e.g. `http://127.0.0.1:<its port>`. */
  fallback: string;
}

/**
 * How the portal's server reaches a vertical directly (server to server: no proxy, no TLS hop), derived from its
 * manifest entry so that a new vertical needs no edit in the portal.
 */
export function internalUrlOf(vertical: Pick<VerticalDefinition, "name" | "port">): InternalUrl {
  return {
    variable: `${vertical.name.toUpperCase()}_INTERNAL_URL`,
    fallback: `http://127.0.0.1:${vertical.port}`,
  };
}
