import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { getApp } from "@stepperslife/manifest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import { untilSessionFeedListens } from "@/testing/until-session-feed-listens";


const secret = "revocations-route-test-secret-0123456789abcdef";
const day = 24 * 60 * 60 * 1000;
let database: MainTestDatabase;
let GET: (request: Request) => Promise<Response>;
let bearer: string;

beforeAll(async () => {
  database = await createMainTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = secret;
  ({ GET } = await import("./route"));
  const { revocationFeedToken } = await import("@stepperslife/auth-config/server");
  bearer = `Bearer ${revocationFeedToken(secret)}`;
});
afterAll(() => database?.drop());

const feed = (query: string, authorization: string | null = bearer) =>
  GET(
    new Request(`http://localhost:${getApp("main").port}/api/session/revocations${query}`, {
      headers: authorization ? { authorization } : {},
    }),
  );

describe("GET /api/session/revocations", () => {
  it("requires the feed's bearer token", async () => {
    for (const authorization of [null, "Bearer wrong", `Bearer ${secret}`, bearer.replace("Bearer", "Basic")]) {
      const response = await feed("?since=0", authorization);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    }
  });

  it("refuses a malformed since with 422", async () => {
    for (const query of ["", "?since=", "?since=abc", "?since=-5", "?since=1.5"]) {
      const response = await feed(query);
      expect(response.status, query).toBe(422);
      expect((await response.json()).error.code).toBe("invalid_query");
    }
  });

  it("lists users changed since the given time, with times in ms, and the server's now", async () => {
    const { db } = database;
    const now = Date.now();
    const revoked = await db.user.create({ data: { email: "revoked@example.com", sessionsValidAfter: new Date(now - 60_000) } });
    const promoted = await db.user.create({ data: { email: "promoted@example.com", rolesChangedAt: new Date(now - 5_000) } });
    await db.user.create({ data: { email: "quiet@example.com" } });
    await db.user.create({ data: { email: "ancient@example.com", rolesChangedAt: new Date(now - 31 * day) } });

    const all = await feed("?since=0");
    expect(all.status).toBe(200);
    expect(all.headers.get("cache-control")).toBe("no-store");
    const body = (await all.json()) as { now: number; users: Array<{ id: string }> };
    expect(body.now).toBeGreaterThanOrEqual(now);
    // since=0 means the last 30 days: the 31-day-old change can no longer matter to any session.
    expect(body.users).toEqual(
      [
        { id: revoked.id, sessionsValidAfter: now - 60_000, rolesChangedAt: null },
        { id: promoted.id, sessionsValidAfter: null, rolesChangedAt: now - 5_000 },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );

    const recent = (await (await feed(`?since=${now - 10_000}`)).json()) as { users: Array<{ id: string }> };
    expect(recent.users.map((user) => user.id)).toEqual([promoted.id]);
    const none = (await (await feed(`?since=${body.now + 1}`)).json()) as { users: unknown[] };
    expect(none.users).toEqual([]);
  });

  it("lists single sessions signed out since the given time, until they would have ended", async () => {
    const { db } = database;
    const now = Date.now();
    const user = await db.user.create({ data: { email: "two-devices@example.com" } });
    const session = (id: string, data: { revokedAt?: Date; expiresAt: Date }) =>
      db.userSession.create({ data: { id, userId: user.id, createdAt: new Date(now - day), ...data } });
    await session("phone-signed-out-000001", { revokedAt: new Date(now - 30_000), expiresAt: new Date(now + day) });
    await session("laptop-still-in-0000001", { expiresAt: new Date(now + day) });
    await session("tablet-ended-anyway-001", { revokedAt: new Date(now - 20_000), expiresAt: new Date(now - 1) });
    await session("old-phone-signed-out-01", { revokedAt: new Date(now - 5 * day), expiresAt: new Date(now + day) });

    const all = (await (await feed("?since=0")).json()) as { sessions: unknown[] };
    expect(all.sessions).toEqual([
      { id: "old-phone-signed-out-01", revokedAt: now - 5 * day, expiresAt: now + day },
      { id: "phone-signed-out-000001", revokedAt: now - 30_000, expiresAt: now + day },
    ]);
    const recent = (await (await feed(`?since=${now - 60_000}`)).json()) as { sessions: unknown[] };
    expect(recent.sessions).toEqual([{ id: "phone-signed-out-000001", revokedAt: now - 30_000, expiresAt: now + day }]);
  });

  it("refuses a wait that is not a whole number of milliseconds up to 10 s", async () => {
    for (const wait of ["abc", "-1", "2.5", "10001"]) {
      const response = await feed(`?since=0&wait=${wait}`);
      expect(response.status, wait).toBe(422);
      expect((await response.json()).error.message).toMatch(/wait must be a whole number of milliseconds/);
    }
  });

  describe("as a long poll", () => {
    it("holds an answer with nothing new until a sign-out commits, then answers with it", async () => {
      await untilSessionFeedListens((query) => feed(query));
      const user = await database.db.user.create({ data: { email: "long-poll@example.com" } });
      const now = Date.now();
      await database.db.userSession.create({ data: { id: "long-poll-phone-0000001", userId: user.id, expiresAt: new Date(now + day) } });

      const startedAt = Date.now();
      const answer = feed(`?since=${now}&wait=10000`).then(async (response) => ({
        status: response.status,
        held: response.headers.get("x-feed-wait"),
        body: (await response.json()) as { sessions: Array<{ id: string }> },
        afterMs: Date.now() - startedAt,
      }));
      // Well after the route has read the (empty) feed and is waiting.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await database.db.userSession.update({ where: { id: "long-poll-phone-0000001" }, data: { revokedAt: new Date() } });

      const { status, held, body, afterMs } = await answer;
      expect(status).toBe(200);
      expect(held).toBe("changed");
      expect(body.sessions.map((session) => session.id)).toEqual(["long-poll-phone-0000001"]);
      // Woken by the notification, not by the end of its 10 s wait.
      expect(afterMs).toBeLessThan(8_000);
    });

    it("answers empty when its wait runs out, and is not woken by a last-used update", async () => {
      await untilSessionFeedListens((query) => feed(query));
      const user = await database.db.user.create({ data: { email: "quiet-long-poll@example.com" } });
      const now = Date.now();
      await database.db.userSession.create({ data: { id: "long-poll-quiet-000001", userId: user.id, expiresAt: new Date(now + day) } });
      const startedAt = Date.now();
      const answer = feed(`?since=${now}&wait=1500`);
      await database.db.userSession.update({ where: { id: "long-poll-quiet-000001" }, data: { lastUsedAt: new Date() } });
      const response = await answer;
      expect(response.headers.get("x-feed-wait")).toBe("timeout");
      const body = (await response.json()) as { users: unknown[]; sessions: unknown[] };
      expect(body).toMatchObject({ users: [], sessions: [] });
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_400);
    });
  });
});
