export interface LastGoodCache {
  remember(key: string, value: unknown): void;
  /** The last good value under `key` and its age in milliseconds, unless it is older than the cache's maximum age. */
  recall(key: string): { value: unknown; ageMs: number } | undefined;
}

/**
 * The last good answer of each upstream, kept in this process's memory so a failing vertical's section can still be
 * shown (marked stale) instead of vanishing. Bounded: search queries and signed-in people make keys without end,
 * so the least recently stored entries go first; entries older than `maxAgeMs` are never served.
 */
export function createLastGoodCache(options: { maxEntries: number; maxAgeMs: number; now?: () => number }): LastGoodCache {
  const { maxEntries, maxAgeMs, now = Date.now } = options;
  const entries = new Map<string, { value: unknown; storedAt: number }>();
  return {
    remember(key, value) {
      entries.delete(key);
      entries.set(key, { value, storedAt: now() });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    recall(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      const ageMs = now() - entry.storedAt;
      if (ageMs > maxAgeMs) {
        entries.delete(key);
        return undefined;
      }
      return { value: entry.value, ageMs };
    },
  };
}
