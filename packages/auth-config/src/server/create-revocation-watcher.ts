import { createSessionUsageReporter, type SessionUsageReporterOptions } from "./create-session-usage-reporter";
import { requestJson } from "./request-json";
import { revocationFeedSchema } from "./revocation-feed-schema";
import { revocationFeedToken } from "./revocation-feed-token";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/** valid: use as is. stale: the user's roles changed since the token was issued. revoked: signed out (there or everywhere). */
export type SessionStatus = "valid" | "stale" | "revoked";

export interface RevocationWatcherOptions {
  /** How this server reaches the portal, e.g. http://127.0.0.1:<the portal's port>. */
  portalInternalUrl: string;
  /** AUTH_SECRET; the feed's bearer token is derived from it. */
  secret: string;
  /** Least time from the start of one poll to the start of the next (a long poll that waited has used it up). */
  intervalMs?: number;
  /**
   * How long the portal may hold a poll open while nothing changed, answering as soon as something does: a sign-out
   * reaches this app in the time of one round trip instead of up to intervalMs later. 0 turns long polls off.
   */
  longPollMs?: number;
  /** A poll slower than this (beyond its long-poll wait) is abandoned, and counts as a failure. */
  timeoutMs?: number;
  /** Longest a first read waits for the first poll before deciding with what it has. */
  firstSyncWaitMs?: number;
  /** Ceiling of the back-off while the portal keeps failing. */
  maxBackoffMs?: number;
  /** Re-asks for this much before the portal's last `now`, in case a change committed just as that answer was built. */
  overlapMs?: number;
  /** How often entries that can no longer match a live token are dropped. */
  pruneEveryMs?: number;
  /** Tuning of the batched "last used" reports to the portal (tests shorten them). */
  usageReports?: Pick<SessionUsageReporterOptions, "throttleMs" | "flushEveryMs" | "maxPending">;
  logger?: Pick<Console, "warn">;
}

/** What the watcher needs of a token: whose it is, which sign-in, and when it and its roles were issued. */
export interface WatchedToken {
  sub: string;
  sid: string;
  issuedAtMs: number;
  rolesAt: number;
}

export interface RevocationWatcher {
  /** Resolves once the first poll has finished (either way), or after firstSyncWaitMs; never rejects. */
  ready(): Promise<void>;
  /** The hot path: in-memory lookups, no I/O. */
  statusOf(token: WatchedToken): SessionStatus;
  /** This process refuses the session from now on (it was just signed out here); other processes hear it from the feed. */
  markSessionRevoked(session: { id: string; expiresAtMs: number }): void;
  /** A request used this session: reported to the portal in batches for "last used" (no I/O here). */
  noteSessionUsed(sessionId: string): void;
  /** How many users and signed-out sessions are held; expired entries are dropped, so this stays bounded. */
  sizes(): { users: number; sessions: number };
  stop(): void;
  readonly stopped: boolean;
}

type UserChanges = { sessionsValidAfter: number | null; rolesChangedAt: number | null };

const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;

/**
 * Keeps an in-memory copy of the portal's "who was signed out everywhere or had roles changed, and which single
 * sessions were signed out" lists by polling its feed (GET /api/session/revocations), so
 * checking a session on every request costs a Map lookup instead of a call to the portal or its database.
 * After the first, each poll is a long poll the portal answers as soon as something changes (a database notification
 * wakes it). Polls never overlap (the next is scheduled when the last ends), each is bounded by a timeout, and failures back
 * off exponentially, so a down portal is not hammered. While it is down the last known list keeps being used.
 * Creating one starts polling; use getSharedRevocationWatcher in apps, this directly in tests.
 */
export function createRevocationWatcher(options: RevocationWatcherOptions): RevocationWatcher {
  const intervalMs = options.intervalMs ?? 500;
  const longPollMs = options.longPollMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const firstSyncWaitMs = options.firstSyncWaitMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const overlapMs = options.overlapMs ?? 2_000;
  const pruneEveryMs = options.pruneEveryMs ?? 60_000;
  const logger = options.logger ?? console;
  const portal = options.portalInternalUrl.replace(/\/+$/, "");
  const feedUrl = `${portal}/api/session/revocations`;
  const authorization = `Bearer ${revocationFeedToken(options.secret)}`;
  const usage = createSessionUsageReporter({ url: `${portal}/api/session/last-used`, authorization, logger, ...options.usageReports });

  const users = new Map<string, UserChanges>();
  // Signed-out session id → when that session would have ended anyway; dropped then, so memory stays bounded.
  const sessions = new Map<string, number>();
  let since = 0;
  let stopped = false;
  let failures = 0;
  let warned = false;
  let lastPruneAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopping = new AbortController();
  let synced = false;
  let finishFirstSync: () => void = () => {};
  const firstSync = new Promise<void>((resolve) => (finishFirstSync = resolve));

  async function pollOnce(): Promise<void> {
    // Never the first poll: requests wait for it (ready()), and with nothing to report the portal would hold it open.
    const waitMs = synced ? longPollMs : 0;
    const { status, body } = await requestJson(`${feedUrl}?since=${since}${waitMs > 0 ? `&wait=${waitMs}` : ""}`, {
      headers: { authorization },
      signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(waitMs + timeoutMs)]),
    });
    if (status !== 200) {
      throw new Error(
        status === 401
          ? "the portal refused our feed token (401): is AUTH_SECRET the same in this app and in the portal?"
          : `the portal answered ${status}`,
      );
    }
    const parsed = revocationFeedSchema.safeParse(body);
    if (!parsed.success) throw new Error("the portal's answer is not a revocation feed");
    const feed = parsed.data;
    for (const { id, ...changes } of feed.users) users.set(id, changes);
    const now = Date.now();
    for (const { id, expiresAt } of feed.sessions) if (expiresAt > now) sessions.set(id, expiresAt);
    since = Math.max(0, feed.now - overlapMs);
  }

  async function tick(): Promise<void> {
    const startedAt = Date.now();
    let pause: number;
    const wasFirst = !synced;
    try {
      await pollOnce();
      // Straight from the first (quick) poll into the first long poll; after that at most one poll per intervalMs,
      // which only matters when the portal answers at once (a change just now, or it does not hold polls).
      pause = wasFirst && longPollMs > 0 ? 0 : Math.max(0, intervalMs - (Date.now() - startedAt));
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
          `[auth] session revocation feed ${feedUrl} unavailable (${reason}); using the last known list of ${users.size} user(s)` +
            ` and ${sessions.size} signed-out session(s) until it answers`,
        );
      }
    }
    pruneExpired();
    usage.flushIfDue();
    synced = true;
    finishFirstSync();
    if (!stopped) {
      timer = setTimeout(() => void tick(), pause);
      // Polling alone must not keep a process (a test run, a build worker) alive.
      timer.unref?.();
    }
  }

  // A change older than the longest session can no longer match a live token (remainingSessionSeconds caps them),
  // and a signed-out session's tokens all expire when the session would have: no token can need either entry again.
  function pruneExpired(): void {
    const now = Date.now();
    if (now - lastPruneAt < pruneEveryMs) return;
    lastPruneAt = now;
    for (const [id, changes] of users) {
      if (Math.max(changes.sessionsValidAfter ?? 0, changes.rolesChangedAt ?? 0) < now - SESSION_MAX_AGE_MS) users.delete(id);
    }
    for (const [id, expiresAtMs] of sessions) if (expiresAtMs <= now) sessions.delete(id);
  }

  void tick();

  return {
    ready() {
      // Every signed-in request asks: once synced, no race and no timer per request.
      if (synced) return firstSync;
      return Promise.race([firstSync, delay(firstSyncWaitMs)]);
    },
    statusOf({ sub, sid, issuedAtMs, rolesAt }) {
      if (sessions.has(sid)) return "revoked";
      const changes = users.get(sub);
      if (!changes) return "valid";
      if (changes.sessionsValidAfter !== null && issuedAtMs < changes.sessionsValidAfter) return "revoked";
      if (changes.rolesChangedAt !== null && changes.rolesChangedAt > rolesAt) return "stale";
      return "valid";
    },
    markSessionRevoked({ id, expiresAtMs }) {
      if (expiresAtMs > Date.now()) sessions.set(id, expiresAtMs);
    },
    noteSessionUsed(sessionId) {
      usage.note(sessionId);
    },
    sizes() {
      return { users: users.size, sessions: sessions.size };
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopping.abort();
      usage.stop();
    },
    get stopped() {
      return stopped;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
