import { getApp, type PublicAddressing } from "@stepperslife/manifest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "../role-schema";
import { sessionCookiePolicy } from "../session-cookie";
import type { SessionUser } from "../session-user";
import { createFleetAuth } from "./create-fleet-auth";
import { encode } from "next-auth/jwt";
import { createRevocationWatcher } from "./create-revocation-watcher";
import { createSessionId } from "./create-session-id";
import { decodeSessionToken } from "./decode-session-token";
import { encodeSessionToken } from "./encode-session-token";
import { startTestFeedServer } from "./start-test-feed-server";

const secret = "session-token-test-secret-0123456789";
const addressing: PublicAddressing = { rootDomain: "stepperslife.test", protocol: "http", includePort: true };
const cookieName = sessionCookiePolicy(addressing).name;
const user: SessionUser = { id: "user-1", name: "Ada Stepper", email: "ada@example.com", image: null, roles: ["owner:events"] };

let feed: Awaited<ReturnType<typeof startTestFeedServer>>;
let auth: ReturnType<typeof createFleetAuth>;
let watcher: ReturnType<typeof createRevocationWatcher>;
let stopWatcher: () => void;

beforeAll(async () => {
  feed = await startTestFeedServer(secret);
  watcher = createRevocationWatcher({ portalInternalUrl: feed.url, secret });
  stopWatcher = () => watcher.stop();
  auth = createFleetAuth(() => ({ app: getApp("events"), secret, addressing, portalInternalUrl: feed.url, revocationWatcher: watcher }));
});
afterAll(async () => {
  stopWatcher();
  await feed.close();
});

const eventsUrl = `http://events.stepperslife.test:${getApp("events").port}/`;
const requestWith = (cookie: string) => new Request(eventsUrl, { headers: { cookie } });

describe("session tokens", () => {
  it("round-trip the claims NextAuth and the apps agree on, the session's own id included", async () => {
    const before = Date.now();
    const sessionId = createSessionId();
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const token = await encodeSessionToken({ user, sessionId, rolesAt: 1234, secret });
    const claims = await decodeSessionToken({ token, secret });
    expect(claims).toMatchObject({
      sub: "user-1",
      sid: sessionId,
      name: "Ada Stepper",
      email: "ada@example.com",
      picture: null,
      roles: ["owner:events"],
      rolesAt: 1234,
    });
    expect(claims?.issuedAtMs).toBeGreaterThanOrEqual(before);
    expect(claims?.exp).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
  });

  it("stay under NextAuth's chunking threshold (and 4 KB) with the longest names, emails, pictures and every role", async () => {
    const everyRole = ["admin", "owner:restaurants", "owner:events", "owner:store", "owner:classes", "owner:magazine", "owner:services"] as Role[];
    const huge: SessionUser = {
      id: "c".repeat(40),
      name: "👩🏽‍🦱".repeat(500),
      email: `${"a".repeat(64)}@${"b".repeat(185)}.com`,
      image: `https://lh3.googleusercontent.com/a/${"x".repeat(1000)}`,
      roles: everyRole,
    };
    const token = await encodeSessionToken({ user: huge, sessionId: createSessionId(), rolesAt: Date.now(), secret });
    const setCookie = `${cookieName}=${token}; Path=/; Expires=${new Date().toUTCString()}; Domain=.stepperslife.test; HttpOnly; SameSite=Lax`;
    expect(token.length).toBeLessThan(3933);
    expect(Buffer.byteLength(setCookie)).toBeLessThan(4096);
    const claims = await decodeSessionToken({ token, secret });
    expect(claims?.roles).toEqual(everyRole);
    expect(Array.from(claims?.name ?? "")).toHaveLength(120);
  });

  it("read as the user from a request, through readRequestSession", async () => {
    const token = await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: 0, secret });
    expect(await auth.readRequestSession(requestWith(`theme=dark; ${cookieName}=${token}`))).toEqual(user);
  });

  it("are null when tampered, foreign, expired, garbage or missing, and never throw", async () => {
    const token = await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: 0, secret });
    const middle = Math.floor(token.length / 2);
    const flipped = `${token.slice(0, middle)}${token[middle] === "A" ? "B" : "A"}${token.slice(middle + 1)}`;
    const otherSecret = "another-secret-entirely-0123456789abc";
    const foreign = await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: 0, secret: otherSecret });
    const expired = await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: 0, secret, maxAgeSeconds: -60 });
    for (const bad of [flipped, foreign, expired, "not-a-jwt", `${token}x`, "a.b.c.d.e"]) {
      expect(await decodeSessionToken({ token: bad, secret })).toBeNull();
      expect(await auth.readRequestSession(requestWith(`${cookieName}=${bad}`))).toBeNull();
    }
    expect(await auth.readRequestSession(requestWith("theme=dark"))).toBeNull();
    expect(await auth.readRequestSession(new Request(eventsUrl))).toBeNull();
    // Right secret, wrong name: only the fleet's cookie counts.
    expect(await auth.readRequestSession(requestWith(`next-auth.session-token=${token}`))).toBeNull();
  });

  it("are signed out when issued before sessions had their own id (no sid claim)", async () => {
    const { sid: _sid, ...claimsWithoutSid } = (await decodeSessionToken({
      token: await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: 0, secret }),
      secret,
    }))!;
    const old = await encode({ token: { ...claimsWithoutSid, exp: undefined }, secret });
    expect(await decodeSessionToken({ token: old, secret })).toBeNull();
    expect(await auth.readRequestSession(requestWith(`${cookieName}=${old}`))).toBeNull();
  });

  it("use the first cookie that is good when a stale host-only copy sits beside the shared one", async () => {
    const good = await encodeSessionToken({ user, sessionId: createSessionId(), rolesAt: 0, secret });
    const foreign = await encodeSessionToken({
      user: { ...user, id: "other" },
      sessionId: createSessionId(),
      rolesAt: 0,
      secret: "another-secret-entirely-0123456789abc",
    });
    expect(await auth.readRequestSession(requestWith(`${cookieName}=${foreign}; ${cookieName}=${good}`))).toEqual(user);
    expect(await auth.readRequestSession(requestWith(`${cookieName}=${good}; ${cookieName}=${foreign}`))).toEqual(user);
  });

  it("skip a revoked token for the next one, and drop roles while they are stale", async () => {
    const now = Date.now();
    feed.setUser("revoked-user", { sessionsValidAfter: now });
    feed.setUser("promoted-user", { rolesChangedAt: now });
    const tokenOf = (id: string, options: { rolesAt?: number; issuedAtMs?: number }) =>
      encodeSessionToken({
        user: { ...user, id },
        sessionId: createSessionId(),
        rolesAt: options.rolesAt ?? 0,
        secret,
        issuedAtMs: options.issuedAtMs,
      });
    const oldSession = await tokenOf("revoked-user", { issuedAtMs: now - 10_000 });
    const newSession = await tokenOf("revoked-user", { issuedAtMs: now + 1 });
    const staleSession = await tokenOf("promoted-user", { rolesAt: now - 10_000 });
    // The next poll (≤ 500 ms) brings the changes in.
    await vi.waitFor(async () => expect(await auth.readRequestSession(requestWith(`${cookieName}=${oldSession}`))).toBeNull(), {
      timeout: 1_000,
    });
    expect((await auth.readRequestSession(requestWith(`${cookieName}=${oldSession}; ${cookieName}=${newSession}`)))?.id).toBe(
      "revoked-user",
    );
    expect(await auth.readRequestSession(requestWith(`${cookieName}=${staleSession}`))).toEqual({
      ...user,
      id: "promoted-user",
      roles: [],
    });
    // The portal reads the current roles of a stale token from its own database instead.
    const portalAuth = createFleetAuth(() => ({
      app: getApp("main"),
      secret,
      addressing,
      portalInternalUrl: feed.url,
      revocationWatcher: watcher,
      currentRoles: async (userId) => (userId === "promoted-user" ? ["admin"] : null),
    }));
    expect((await portalAuth.readRequestSession(requestWith(`${cookieName}=${staleSession}`)))?.roles).toEqual(["admin"]);
    expect((await portalAuth.readRequestSession(requestWith(`${cookieName}=${newSession}`)))?.roles).toEqual(user.roles);
  });
});
