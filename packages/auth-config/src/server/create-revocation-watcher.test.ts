import { afterEach, describe, expect, it, vi } from "vitest";
import { createRevocationWatcher, type RevocationWatcher, type RevocationWatcherOptions } from "./create-revocation-watcher";
import { startTestFeedServer } from "./start-test-feed-server";

const secret = "watcher-test-secret-0123456789abcdef";
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type SetUpOptions = Pick<RevocationWatcherOptions, "intervalMs" | "timeoutMs" | "pruneEveryMs" | "usageReports"> & {
  watcherSecret?: string;
};

async function setUp(options: SetUpOptions = {}) {
  const feed = await startTestFeedServer(secret);
  cleanups.push(() => feed.close());
  const warnings: string[] = [];
  const watcher = createRevocationWatcher({
    portalInternalUrl: feed.url,
    secret: options.watcherSecret ?? secret,
    intervalMs: options.intervalMs,
    timeoutMs: options.timeoutMs,
    pruneEveryMs: options.pruneEveryMs,
    usageReports: options.usageReports,
    logger: { warn: (message: string) => warnings.push(message) },
  });
  cleanups.push(() => watcher.stop());
  return { feed, watcher, warnings };
}

const token = (issuedAtMs: number, rolesAt = 0, sid = "session-of-user-1-aaaa") => ({ sub: "user-1", sid, issuedAtMs, rolesAt });

describe("createRevocationWatcher", () => {
  it("sees a revocation within one poll interval of the feed showing it", async () => {
    const { feed, watcher, warnings } = await setUp();
    await watcher.ready();
    const issuedAt = Date.now() - 60_000;
    expect(watcher.statusOf(token(issuedAt))).toBe("valid");

    const revokedAt = Date.now();
    feed.setUser("user-1", { sessionsValidAfter: revokedAt });
    await vi.waitFor(() => expect(watcher.statusOf(token(issuedAt))).toBe("revoked"), { timeout: 1_000, interval: 10 });
    expect(Date.now() - revokedAt).toBeLessThan(1_000);

    // A sign-in after the revocation is fine, and other users are untouched.
    expect(watcher.statusOf(token(revokedAt + 1))).toBe("valid");
    expect(watcher.statusOf({ sub: "user-2", sid: "session-of-user-2-aaaa", issuedAtMs: issuedAt, rolesAt: 0 })).toBe("valid");
    expect(warnings).toEqual([]);
  });

  it("refuses one signed-out session within a poll, and only that one", async () => {
    const { feed, watcher } = await setUp();
    await watcher.ready();
    const issuedAt = Date.now() - 60_000;
    const [phone, laptop] = ["phone-session-0123456", "laptop-session-0123456"];
    expect(watcher.statusOf(token(issuedAt, 0, phone))).toBe("valid");
    feed.setRevokedSession({ id: phone, revokedAt: Date.now(), expiresAt: issuedAt + 30 * 24 * 3600 * 1000 });
    await vi.waitFor(() => expect(watcher.statusOf(token(issuedAt, 0, phone))).toBe("revoked"), { timeout: 1_000, interval: 10 });
    expect(watcher.statusOf(token(issuedAt, 0, laptop))).toBe("valid");
    expect(watcher.sizes()).toEqual({ users: 0, sessions: 1 });
  });

  it("refuses a session marked here at once, before any poll", async () => {
    const { feed, watcher } = await setUp({ intervalMs: 60_000 });
    await watcher.ready();
    const polls = feed.state.requests.length;
    watcher.markSessionRevoked({ id: "signed-out-here-0123456", expiresAtMs: Date.now() + 60_000 });
    expect(watcher.statusOf(token(Date.now(), 0, "signed-out-here-0123456"))).toBe("revoked");
    expect(feed.state.requests.length).toBe(polls);
    // Already past its end: nothing to remember.
    watcher.markSessionRevoked({ id: "long-gone-session-0123", expiresAtMs: Date.now() - 1 });
    expect(watcher.sizes().sessions).toBe(1);
  });

  it("forgets a signed-out session once it would have expired, so memory stays bounded", async () => {
    const { feed, watcher } = await setUp({ intervalMs: 20, pruneEveryMs: 50 });
    const expiresAt = Date.now() + 400;
    feed.setRevokedSession({ id: "short-lived-session-01", revokedAt: Date.now(), expiresAt });
    feed.setRevokedSession({ id: "long-lived-session-001", revokedAt: Date.now(), expiresAt: Date.now() + 60_000 });
    await watcher.ready();
    expect(watcher.sizes().sessions).toBe(2);
    expect(watcher.statusOf(token(0, 0, "short-lived-session-01"))).toBe("revoked");
    // The feed keeps listing it for the polls' 2 s overlap, yet an expired entry is never taken back in.
    await vi.waitFor(() => expect(watcher.sizes().sessions).toBe(1), { timeout: 2_000, interval: 20 });
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(watcher.sizes().sessions).toBe(1);
    expect(watcher.statusOf(token(0, 0, "long-lived-session-001"))).toBe("revoked");
  });

  it("reports used sessions to the portal in batches, each at most once per throttle period", async () => {
    const { feed, watcher } = await setUp({ intervalMs: 20, usageReports: { flushEveryMs: 100, throttleMs: 60_000 } });
    await watcher.ready();
    const before = Date.now();
    for (let i = 0; i < 1_000; i += 1) {
      watcher.noteSessionUsed("busy-session-000000000");
      watcher.noteSessionUsed(`quiet-session-${i % 3}-000000`);
    }
    await vi.waitFor(() => expect(feed.state.usageReports.length).toBeGreaterThanOrEqual(1), { timeout: 1_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reported = feed.state.usageReports.flat();
    expect(reported.map((use) => use.id).sort()).toEqual([
      "busy-session-000000000",
      "quiet-session-0-000000",
      "quiet-session-1-000000",
      "quiet-session-2-000000",
    ]);
    for (const use of reported) expect(use.lastUsedAt).toBeGreaterThanOrEqual(before);
  });

  it("reports roles that changed after the token was issued as stale", async () => {
    const { feed, watcher } = await setUp();
    const rolesChangedAt = Date.now();
    feed.setUser("user-1", { rolesChangedAt });
    await watcher.ready();
    expect(watcher.statusOf(token(Date.now() - 1_000, rolesChangedAt - 5_000))).toBe("stale");
    expect(watcher.statusOf(token(Date.now() - 1_000, 0))).toBe("stale");
    expect(watcher.statusOf(token(Date.now() - 1_000, rolesChangedAt))).toBe("valid");
  });

  it("asks from 0 first, then from the portal's clock minus the overlap", async () => {
    const { feed, watcher } = await setUp({ intervalMs: 50 });
    await watcher.ready();
    await vi.waitFor(() => expect(feed.state.requests.length).toBeGreaterThanOrEqual(2), { timeout: 1_000 });
    const [first, second] = feed.state.requests;
    expect(first?.since).toBe("0");
    expect(Number(second?.since)).toBeGreaterThan(Date.now() - 5_000);
    expect(Number(second?.since)).toBeLessThanOrEqual(Date.now() - 2_000);
  });

  it("treats a 401 as an outage: warns once, knows nothing, keeps polling slowly", async () => {
    const { feed, watcher, warnings } = await setUp({ intervalMs: 20, watcherSecret: "a-different-secret-0123456789abcdef" });
    feed.setUser("user-1", { sessionsValidAfter: Date.now() });
    await watcher.ready();
    expect(watcher.statusOf(token(0))).toBe("valid");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("401");
    expect(warnings[0]).toContain("AUTH_SECRET");
    // Backing off (20, 40, 80, 160 ms...) rather than every 20 ms: a handful of requests, not twenty.
    expect(feed.state.requests.length).toBeLessThanOrEqual(6);
  });

  it("keeps the last known list when the portal goes down, and says so once", async () => {
    const { feed, watcher, warnings } = await setUp({ intervalMs: 20 });
    const revokedAt = Date.now();
    feed.setUser("user-1", { sessionsValidAfter: revokedAt });
    await watcher.ready();
    expect(watcher.statusOf(token(revokedAt - 1))).toBe("revoked");

    await feed.close();
    await vi.waitFor(() => expect(warnings).toHaveLength(1), { timeout: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("last known list of 1 user(s)");
    expect(watcher.statusOf(token(revokedAt - 1))).toBe("revoked");
  });

  it("never runs two polls at once, even when the portal is slower than the interval", async () => {
    const { feed, watcher } = await setUp({ intervalMs: 10 });
    feed.state.delayMs = 150;
    await watcher.ready();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(feed.state.maxInFlight).toBe(1);
    // Each poll waits for the previous one: about 800 / (150 + 10) of them, never the 80 a free-running timer would fire.
    expect(feed.state.requests.length).toBeGreaterThanOrEqual(3);
    expect(feed.state.requests.length).toBeLessThanOrEqual(8);
  });

  it("gives up on a poll after the timeout and on the first sync after the wait, without rejecting", async () => {
    const feed = await startTestFeedServer(secret);
    cleanups.push(() => feed.close());
    feed.state.delayMs = 5_000;
    const warnings: string[] = [];
    const watcher: RevocationWatcher = createRevocationWatcher({
      portalInternalUrl: feed.url,
      secret,
      timeoutMs: 200,
      firstSyncWaitMs: 100,
      logger: { warn: (message: string) => warnings.push(message) },
    });
    cleanups.push(() => watcher.stop());
    const started = Date.now();
    await watcher.ready();
    expect(Date.now() - started).toBeLessThan(400);
    await vi.waitFor(() => expect(warnings).toHaveLength(1), { timeout: 1_000 });
    expect(feed.state.maxInFlight).toBe(1);
  });

  it("stops polling when stopped", async () => {
    const { feed, watcher } = await setUp({ intervalMs: 10 });
    await watcher.ready();
    watcher.stop();
    expect(watcher.stopped).toBe(true);
    const count = feed.state.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(feed.state.requests.length).toBe(count);
  });
});
