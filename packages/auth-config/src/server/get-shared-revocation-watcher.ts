import { createRevocationWatcher, type RevocationWatcher, type RevocationWatcherOptions } from "./create-revocation-watcher";
import { revocationFeedToken } from "./revocation-feed-token";

// Symbol.for, not Symbol(): Next bundles the proxy and the app separately, so each has its own copy of this module;
// only a registry-wide symbol on globalThis lets both find the same watcher instead of polling twice.
const REGISTRY = Symbol.for("@stepperslife/auth-config/revocation-watchers");

type Registry = Map<string, RevocationWatcher>;

/** The process's one watcher for this portal and secret, created (and started) on first use. */
export function getSharedRevocationWatcher(options: RevocationWatcherOptions): RevocationWatcher {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  const registry = (holder[REGISTRY] ??= new Map());
  // Keyed by the derived feed token, never the secret itself.
  const key = `${options.portalInternalUrl} ${revocationFeedToken(options.secret)}`;
  const existing = registry.get(key);
  if (existing && !existing.stopped) return existing;
  const watcher = createRevocationWatcher(options);
  registry.set(key, watcher);
  return watcher;
}
