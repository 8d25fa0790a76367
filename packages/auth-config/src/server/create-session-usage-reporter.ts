import { requestJson } from "./request-json";

export interface SessionUsageReporterOptions {
  /** The portal's POST /api/session/last-used. */
  url: string;
  /** `Bearer <revocationFeedToken(secret)>`. */
  authorization: string;
  /** A session used again within this is not reported again (the portal keeps "last used" to about a minute). */
  throttleMs?: number;
  /** Shortest pause between two reports. */
  flushEveryMs?: number;
  /** Most sessions waiting to be reported; beyond it new ones wait for the next round (only "last used" is late). */
  maxPending?: number;
  timeoutMs?: number;
  logger: Pick<Console, "warn">;
}

export interface SessionUsageReporter {
  /** The hot path: a Map lookup, and a Map write at most once per session per throttle period. */
  note(sessionId: string, nowMs?: number): void;
  /** Called by the watcher's loop: sends what is waiting if the last report is old enough. Never throws. */
  flushIfDue(nowMs?: number): void;
  stop(): void;
}

// About 250 KB of JSON; a busier process sends full batches back to back instead of waiting for the interval.
const MAX_SESSIONS_PER_REPORT = 5_000;

/**
 * Collects which sessions this process saw and tells the portal in small batches, so "last used" on the profile
 * page costs the hot path nothing and the portal's database one write per session per minute at most, not one per
 * request. Best effort: a failed report is dropped (the next use reports again) and logged once per outage.
 */
export function createSessionUsageReporter(options: SessionUsageReporterOptions): SessionUsageReporter {
  const throttleMs = options.throttleMs ?? 60_000;
  const flushEveryMs = options.flushEveryMs ?? 10_000;
  const maxPending = options.maxPending ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 2_000;
  // When each session was last queued (for the throttle) and what waits to be sent; both stay bounded by pruning.
  const lastQueued = new Map<string, number>();
  const pending = new Map<string, number>();
  const stopping = new AbortController();
  let lastFlushAt = 0;
  let lastPruneAt = Date.now();
  let flushing = false;
  let warned = false;

  function prune(now: number): void {
    lastPruneAt = now;
    for (const [sessionId, at] of lastQueued) if (now - at >= throttleMs) lastQueued.delete(sessionId);
  }

  async function flush(now: number): Promise<void> {
    const batch = [...pending].slice(0, MAX_SESSIONS_PER_REPORT).map(([id, lastUsedAt]) => ({ id, lastUsedAt }));
    for (const { id } of batch) pending.delete(id);
    try {
      const { status } = await requestJson(options.url, {
        headers: { authorization: options.authorization },
        json: { sessions: batch },
        signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(timeoutMs)]),
      });
      if (status !== 204 && status !== 200) throw new Error(`the portal answered ${status}`);
      warned = false;
    } catch (error) {
      if (!warned && !stopping.signal.aborted) {
        warned = true;
        const reason = error instanceof Error ? error.message : String(error);
        options.logger.warn(`[auth] could not report session use to ${options.url} (${reason}); "last used" will lag until it answers`);
      }
    } finally {
      lastFlushAt = now;
      flushing = false;
    }
  }

  return {
    note(sessionId, now = Date.now()) {
      const queuedAt = lastQueued.get(sessionId);
      if (queuedAt !== undefined && now - queuedAt < throttleMs) return;
      if (pending.size >= maxPending) return;
      if (lastQueued.size >= maxPending * 4) prune(now);
      lastQueued.set(sessionId, now);
      pending.set(sessionId, now);
    },
    flushIfDue(now = Date.now()) {
      if (now - lastPruneAt >= throttleMs) prune(now);
      if (flushing || stopping.signal.aborted || pending.size === 0) return;
      if (now - lastFlushAt < flushEveryMs && pending.size < MAX_SESSIONS_PER_REPORT) return;
      flushing = true;
      void flush(now);
    },
    stop() {
      stopping.abort();
      pending.clear();
    },
  };
}
