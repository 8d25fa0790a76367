import { afterEach, describe, expect, it, vi } from "vitest";
import { createRevocationWatcher, type RevocationWatcher } from "./create-revocation-watcher";
import { startTestFeedServer } from "./start-test-feed-server";

const secret = "watcher-test-secret-0123456789abcdef";
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: { intervalMs?: number; timeoutMs?: number; watcherSecret?: string } = {}) {
  const feed = await startTestFeedServer(secret);
  cleanups.push(() => feed.close());
  const warnings: string[] = [];
  const watcher = createRevocationWatcher({
    portalInternalUrl: feed.url,
    secret: options.watcherSecret ?? secret,
    intervalMs: options.intervalMs,
    timeoutMs: options.timeoutMs,
    logger: { warn: (message: string) => warnings.push(message) },
  });
  cleanups.push(() => watcher.stop());
  return { feed, watcher, warnings };
}

const token = (issuedAtMs: number, rolesAt = 0) => ({ sub: "user-1", issuedAtMs, rolesAt });

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
    expect(watcher.statusOf({ sub: "user-2", issuedAtMs: issuedAt, rolesAt: 0 })).toBe("valid");
    expect(warnings).toEqual([]);
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
