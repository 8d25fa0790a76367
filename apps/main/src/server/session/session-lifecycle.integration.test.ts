import { createHash, randomBytes } from "node:crypto";
import { appUrl, getApp, type PublicAddressing } from "@stepperslife/manifest";
import type { SessionUser } from "@stepperslife/auth-config";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callNextAuth } from "@/testing/call-next-auth";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import type { createTestSession as CreateTestSession } from "@/testing/create-test-session";
import { startPortalSessionServer, type PortalSessionServer } from "@/testing/start-portal-session-server";
import { untilSessionFeedListens } from "@/testing/until-session-feed-listens";


// The portal's real session endpoints and database behind a real HTTP server; two verticals' auth talking to it.
const secret = "session-lifecycle-test-secret-0123456789abcd";
const addressing: PublicAddressing = { rootDomain: "localhost", protocol: "http", includePort: true };
let database: MainTestDatabase;
let portal: PortalSessionServer;
let authServer: typeof import("@stepperslife/auth-config/server");
let createTestSession: typeof CreateTestSession;
let buildPortalAuthOptions: typeof import("../sign-in/build-portal-auth-options").buildPortalAuthOptions;
let revokeSessions: typeof import("./revoke-sessions").revokeSessions;
const stops: (() => void)[] = [];

beforeAll(async () => {
  database = await createMainTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = secret;
  portal = await startPortalSessionServer();
  // The portal's own pages watch its feed too (its revoke route tells them at once): point them at this server.
  process.env.PORTAL_INTERNAL_URL = portal.url;
  authServer = await import("@stepperslife/auth-config/server");
  ({ createTestSession } = await import("@/testing/create-test-session"));
  ({ buildPortalAuthOptions } = await import("../sign-in/build-portal-auth-options"));
  ({ revokeSessions } = await import("./revoke-sessions"));
});
afterAll(async () => {
  for (const stop of stops) stop();
  await portal?.close();
  await database?.drop();
});

/** A vertical's auth as its src/server/auth.ts builds it, with a watcher of its own on the portal above. */
const eventsUrl = appUrl(getApp("events"), addressing);

function verticalAuth(app: string, usageReports?: { flushEveryMs: number }, polls: { intervalMs?: number } = {}) {
  const watcher = authServer.createRevocationWatcher({ portalInternalUrl: portal.url, secret, usageReports, ...polls });
  stops.push(() => watcher.stop());
  const config = { app: getApp(app), secret, addressing, portalInternalUrl: portal.url, revocationWatcher: watcher };
  return authServer.createFleetAuth(() => config);
}

const withCookie = (cookie: string, init: RequestInit = {}) =>
  new Request(`${eventsUrl}/api/me/activity`, { ...init, headers: { cookie, ...init.headers } });

async function person(email: string): Promise<SessionUser> {
  const user = await database.db.user.create({ data: { email } });
  return { id: user.id, name: null, email, image: null, roles: [] };
}

describe("a session's life on the server", () => {
  it("starts as a recorded session whose id the token carries, through NextAuth's own email callback", async () => {
    const email = "new-member@example.com";
    const linkToken = randomBytes(16).toString("hex");
    // What NextAuth stored when it emailed the link: a hash of the link's token with the secret.
    await database.db.verificationToken.create({
      data: {
        identifier: email,
        token: createHash("sha256").update(`${linkToken}${secret}`).digest("hex"),
        expires: new Date(Date.now() + 600_000),
      },
    });
    const before = Date.now();
    const answer = await callNextAuth(buildPortalAuthOptions(), ["callback", "email"], { query: { token: linkToken, email } });
    expect(answer.status).toBe(302);
    const setCookie = answer.setCookies.find((each) => each.startsWith("stepperslife.session-token="))!;
    const claims = (await authServer.decodeSessionToken({ token: setCookie.split(";")[0]!.split("=")[1]!, secret }))!;
    const row = await database.db.userSession.findUniqueOrThrow({ where: { id: claims.sid } });
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, device: null });
    expect(row.createdAt.getTime()).toBe(claims.issuedAtMs);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.expiresAt.getTime()).toBe(claims.issuedAtMs + 30 * 24 * 3600 * 1000);
    expect(row.lastUsedAt?.getTime()).toBe(claims.issuedAtMs);
  });

  it("signing out on a vertical ends that session on every app within a second, and only that one", async () => {
    const [events, store] = [verticalAuth("events"), verticalAuth("store")];
    const user = await person("two-devices@example.com");
    const phone = await createTestSession({ db: database.db, user, secret });
    const laptop = await createTestSession({ db: database.db, user, secret });
    expect(await store.readRequestSession(withCookie(phone.cookie))).toMatchObject({ id: user.id });

    const response = await events.signOutRoute.POST(
      new Request(`${eventsUrl}/auth/sign-out`, {
        method: "POST",
        headers: { origin: eventsUrl, cookie: phone.cookie },
      }),
    );
    const signedOutAt = Date.now();
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^stepperslife\.session-token=;.*Max-Age=0/)]);
    expect((await database.db.userSession.findUniqueOrThrow({ where: { id: phone.sessionId } })).revokedAt).not.toBeNull();
    expect(await events.readRequestSession(withCookie(phone.cookie))).toBeNull();
    await vi.waitFor(async () => expect(await store.readRequestSession(withCookie(phone.cookie))).toBeNull(), {
      timeout: 1_000,
      interval: 20,
    });
    expect(Date.now() - signedOutAt).toBeLessThan(1_000);

    for (const app of [events, store]) expect(await app.readRequestSession(withCookie(laptop.cookie))).toMatchObject({ id: user.id });
    expect((await database.db.userSession.findUniqueOrThrow({ where: { id: laptop.sessionId } })).revokedAt).toBeNull();
  });

  it("reaches a vertical through its long poll of the feed, not its next poll: with polls a minute apart, at once", async () => {
    const { revokeUserSession } = await import("./revoke-user-session");
    const bearer = `Bearer ${authServer.revocationFeedToken(secret)}`;
    await untilSessionFeedListens((query) => fetch(`${portal.url}/api/session/revocations${query}`, { headers: { authorization: bearer } }));
    // Past the feed's 2 s overlap after the previous tests' sign-outs, which would otherwise answer its long poll at once.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const store = verticalAuth("store", undefined, { intervalMs: 60_000 });
    const user = await person("long-poll@example.com");
    const phone = await createTestSession({ db: database.db, user, secret });
    // Its first poll is done; the next is a long poll the portal holds until something changes.
    expect(await store.readRequestSession(withCookie(phone.cookie))).toMatchObject({ id: user.id });

    await revokeUserSession({ db: database.db, userId: user.id, sessionId: phone.sessionId });
    await vi.waitFor(async () => expect(await store.readRequestSession(withCookie(phone.cookie))).toBeNull(), {
      timeout: 5_000,
      interval: 20,
    });
  });

  it("after signing out of all devices, every session is refused and the portal's /api/auth/session signs out", async () => {
    const store = verticalAuth("store");
    const user = await person("everywhere@example.com");
    const sessions = [
      await createTestSession({ db: database.db, user, secret }),
      await createTestSession({ db: database.db, user, secret }),
    ];
    const options = buildPortalAuthOptions();
    const live = await callNextAuth(options, ["session"], { cookie: sessions[0]!.cookie });
    expect(live.body).toMatchObject({ user: { id: user.id, email: user.email } });

    await revokeSessions({ db: database.db, userId: user.id });
    const rows = await database.db.userSession.findMany({ where: { userId: user.id } });
    expect(rows.map((row) => row.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);

    const ended = await callNextAuth(options, ["session"], { cookie: sessions[0]!.cookie });
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({});
    const sessionCookies = ended.setCookies.filter((each) => each.startsWith("stepperslife.session-token="));
    expect(sessionCookies).toEqual([expect.stringMatching(/^stepperslife\.session-token=; Max-Age=0/)]);
    for (const { cookie } of sessions) {
      await vi.waitFor(async () => expect(await store.readRequestSession(withCookie(cookie))).toBeNull(), { timeout: 1_000, interval: 20 });
    }
  });

  it("the portal's /api/auth/session refuses a token without a session id, and one the portal never recorded", async () => {
    const user = await person("old-token@example.com");
    const unrecorded = await authServer.encodeSessionToken({ user, sessionId: authServer.createSessionId(), rolesAt: 0, secret });
    const claims = (await authServer.decodeSessionToken({ token: unrecorded, secret }))!;
    const { sid: _sid, ...withoutSid } = claims;
    const { encode } = await import("next-auth/jwt");
    const old = await encode({ token: { ...withoutSid, exp: undefined }, secret });
    for (const token of [unrecorded, old]) {
      const answer = await callNextAuth(buildPortalAuthOptions(), ["session"], { cookie: `stepperslife.session-token=${token}` });
      expect(answer.body).toEqual({});
      expect(answer.setCookies.some((each) => /^stepperslife\.session-token=; Max-Age=0/.test(each))).toBe(true);
    }
  });

  it("records when a session was last used, from the apps' batched reports", async () => {
    const events = verticalAuth("events", { flushEveryMs: 50 });
    const user = await person("returning@example.com");
    const session = await createTestSession({ db: database.db, user, secret, issuedAtMs: Date.now() - 3_600_000 });
    const before = Date.now();
    for (let i = 0; i < 20; i += 1) expect(await events.readRequestSession(withCookie(session.cookie))).not.toBeNull();
    await vi.waitFor(
      async () => {
        const row = await database.db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } });
        expect(row.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(before);
      },
      { timeout: 2_000, interval: 50 },
    );
  });
});
