import { z } from "zod";
import { requestJson } from "./request-json";
import { revocationFeedToken } from "./revocation-feed-token";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/** valid: use as is. stale: the user's roles changed since the token was issued. revoked: signed out everywhere. */
export type SessionStatus = "valid" | "stale" | "revoked";

export interface RevocationWatcherOptions {
  /** How this server reaches the portal, e.g. http://127.0.0.1:3001. */
  portalInternalUrl: string;
  /** AUTH_SECRET; the feed's bearer token is derived from it. */
  secret: string;
  /** Pause between the end of one poll and the start of the next. */
  intervalMs?: number;
  /** A poll slower than this is abandoned (and counts as a failure). */
  timeoutMs?: number;
  /** Longest a first read waits for the first poll before deciding with what it has. */
  firstSyncWaitMs?: number;
  /** Ceiling of the back-off while the portal keeps failing. */
  maxBackoffMs?: number;
  /** Re-asks for this much before the portal's last `now`, in case a change committed just as that answer was built. */
  overlapMs?: number;
  logger?: Pick<Console, "warn">;
}

export interface RevocationWatcher {
  /** Resolves once the first poll has finished (either way), or after firstSyncWaitMs; never rejects. */
  ready(): Promise<void>;
  /** The hot path: an in-memory lookup, no I/O. */
  statusOf(token: { sub: string; issuedAtMs: number; rolesAt: number }): SessionStatus;
  stop(): void;
  readonly stopped: boolean;
}

const feedSchema = z.object({
  now: z.number(),
  users: z.array(
    z.object({ id: z.string(), sessionsValidAfter: z.number().nullable(), rolesChangedAt: z.number().nullable() }),
  ),
});

type UserChanges = { sessionsValidAfter: number | null; rolesChangedAt: number | null };

const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;
const PRUNE_EVERY_MS = 60_000;

/**
 * Keeps an in-memory copy of the portal's "who was signed out or had roles changed" list by polling its feed
 * (GET /api/session/revocations), so
 * checking a session on every request costs a Map lookup instead of a call to the portal or its database.
 * Polls never overlap (the next is scheduled when the last ends), each is bounded by a timeout, and failures back
 * off exponentially, so a down portal is not hammered. While it is down the last known list keeps being used.
 * Creating one starts polling; use getSharedRevocationWatcher in apps, this directly in tests.
 */
export function createRevocationWatcher(options: RevocationWatcherOptions): RevocationWatcher {
  const intervalMs = options.intervalMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const firstSyncWaitMs = options.firstSyncWaitMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const overlapMs = options.overlapMs ?? 2_000;
  const logger = options.logger ?? console;
  const feedUrl = `${options.portalInternalUrl.replace(/\/+$/, "")}/api/session/revocations`;
  const authorization = `Bearer ${revocationFeedToken(options.secret)}`;

  const users = new Map<string, UserChanges>();
  let since = 0;
  let stopped = false;
  let failures = 0;
  let warned = false;
  let lastPruneAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopping = new AbortController();
  let finishFirstSync: () => void = () => {};
  const firstSync = new Promise<void>((resolve) => (finishFirstSync = resolve));

  async function pollOnce(): Promise<void> {
    const { status, body } = await requestJson(`${feedUrl}?since=${since}`, {
      headers: { authorization },
      signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(timeoutMs)]),
    });
    if (status !== 200) {
      throw new Error(
        status === 401
          ? "the portal refused our feed token (401): is AUTH_SECRET the same in this app and in the portal?"
          : `the portal answered ${status}`,
      );
    }
    const parsed = feedSchema.safeParse(body);
    if (!parsed.success) throw new Error("the portal's answer is not a revocation feed");
    const feed = parsed.data;
    for (const { id, ...changes } of feed.users) users.set(id, changes);
    since = Math.max(0, feed.now - overlapMs);
  }

  async function tick(): Promise<void> {
    let pause = intervalMs;
    try {
      await pollOnce();
      failures = 0;
      warned = false;
    } catch (error) {
      failures += 1;
      pause = Math.min(maxBackoffMs, intervalMs * 2 ** failures);
      // Once per outage: a log line every 500 ms would bury everything else.
      if (!warned && !stopped) {
        warned = true;
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn(
          `[auth] session revocation feed ${feedUrl} unavailable (${reason}); using the last known list of ${users.size} user(s) until it answers`,
        );
      }
    }
    pruneExpired();
    finishFirstSync();
    if (!stopped) {
      timer = setTimeout(() => void tick(), pause);
      // Polling alone must not keep a process (a test run, a build worker) alive.
      timer.unref?.();
    }
  }

  // A change older than the longest session can no longer match a live token (remainingSessionSeconds caps them).
  function pruneExpired(): void {
    const now = Date.now();
    if (now - lastPruneAt < PRUNE_EVERY_MS) return;
    lastPruneAt = now;
    for (const [id, changes] of users) {
      if (Math.max(changes.sessionsValidAfter ?? 0, changes.rolesChangedAt ?? 0) < now - SESSION_MAX_AGE_MS) users.delete(id);
    }
  }

  void tick();

  return {
    ready() {
      return Promise.race([firstSync, delay(firstSyncWaitMs)]);
    },
    statusOf({ sub, issuedAtMs, rolesAt }) {
      const changes = users.get(sub);
      if (!changes) return "valid";
      if (changes.sessionsValidAfter !== null && issuedAtMs < changes.sessionsValidAfter) return "revoked";
      if (changes.rolesChangedAt !== null && changes.rolesChangedAt > rolesAt) return "stale";
      return "valid";
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopping.abort();
    },
    get stopped() {
      return stopped;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
