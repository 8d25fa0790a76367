import { afterAll, beforeAll, describe, expect, it} from "vitest";
import type { SessionUser } from "@stepperslife/auth-config";
import { getApp } from "@stepperslife/manifest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import type { createTestSession as CreateTestSession } from "@/testing/create-test-session";


const secret = "revoke-route-test-secret-0123456789abcdefgh";
let database: MainTestDatabase;
let POST: (request: Request) => Promise<Response>;
let createTestSession: typeof CreateTestSession;
let authServer: typeof import("@stepperslife/auth-config/server");
let bearer: string;

beforeAll(async () => {
  database = await createMainTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = secret;
  // Nothing answers here: the portal's own pages must refuse a revoked session without hearing it from a poll.
  process.env.PORTAL_INTERNAL_URL = "http://127.0.0.1:9";
  ({ POST } = await import("./route"));
  ({ createTestSession } = await import("@/testing/create-test-session"));
  authServer = await import("@stepperslife/auth-config/server");
  bearer = `Bearer ${authServer.revocationFeedToken(secret)}`;
});
afterAll(() => database?.drop());

const revoke = (body: string, authorization: string | null = bearer) =>
  POST(
    new Request(`http://127.0.0.1:${getApp("main").port}/api/session/revoke`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body,
    }),
  );

async function person(email: string): Promise<SessionUser> {
  const user = await database.db.user.create({ data: { email } });
  return { id: user.id, name: null, email, image: null, roles: [] };
}

describe("POST /api/session/revoke", () => {
  it("revokes the one session the token names, not the person's other devices", async () => {
    const user = await person("two-devices@example.com");
    const phone = await createTestSession({ db: database.db, user, secret });
    const laptop = await createTestSession({ db: database.db, user, secret });

    const before = Date.now();
    const response = await revoke(JSON.stringify({ token: phone.token }));
    expect(response.status).toBe(200);
    const { session } = (await response.json()) as { session: { id: string; revokedAt: number; expiresAt: number } };
    expect(session).toEqual({ id: phone.sessionId, revokedAt: expect.any(Number), expiresAt: phone.expiresAtMs });
    expect(session.revokedAt).toBeGreaterThanOrEqual(before);

    const rows = await database.db.userSession.findMany({ where: { userId: user.id }, select: { id: true, revokedAt: true } });
    expect(rows.find((row) => row.id === phone.sessionId)?.revokedAt?.getTime()).toBe(session.revokedAt);
    expect(rows.find((row) => row.id === laptop.sessionId)?.revokedAt).toBeNull();

    // Again: the same answer, the first time kept.
    const again = (await (await revoke(JSON.stringify({ token: phone.token }))).json()) as { session: { revokedAt: number } };
    expect(again.session.revokedAt).toBe(session.revokedAt);
  });

  it("the portal's own pages refuse the revoked session at once, not at their next poll of the feed", async () => {
    const { auth } = await import("@/server/auth");
    const user = await person("at-once@example.com");
    const phone = await createTestSession({ db: database.db, user, secret });
    const withCookie = () => new Request("http://127.0.0.1/profile", { headers: { cookie: phone.cookie } });
    expect(await auth.readRequestSession(withCookie())).toMatchObject({ id: user.id });

    expect((await revoke(JSON.stringify({ token: phone.token }))).status).toBe(200);
    expect(await auth.readRequestSession(withCookie())).toBeNull();
  });

  it("needs the feed's bearer token", async () => {
    const user = await person("no-bearer@example.com");
    const { token, sessionId } = await createTestSession({ db: database.db, user, secret });
    for (const authorization of [null, "Bearer wrong", `Bearer ${secret}`]) {
      const response = await revoke(JSON.stringify({ token }), authorization);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
    expect((await database.db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).toBeNull();
  });

  it("refuses what is not a session token of this fleet, and a session the portal never recorded", async () => {
    expect((await revoke("{")).status).toBe(400);
    const missing = await revoke(JSON.stringify({ sessionId: "abc" }));
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      error: { code: "invalid_body", message: expect.any(String), fields: { token: expect.any(String) } },
    });
    const user = await person("forger@example.com");
    const foreign = await authServer.encodeSessionToken({
      user,
      sessionId: authServer.createSessionId(),
      rolesAt: 0,
      secret: "another-secret-entirely-0123456789abcdef",
    });
    expect((await (await revoke(JSON.stringify({ token: foreign }))).json()).error.code).toBe("invalid_token");
    const unrecorded = await authServer.encodeSessionToken({ user, sessionId: authServer.createSessionId(), rolesAt: 0, secret });
    const notFound = await revoke(JSON.stringify({ token: unrecorded }));
    expect(notFound.status).toBe(404);
    expect((await notFound.json()).error.code).toBe("session_not_found");
  });

  it("never revokes someone else's session, even with that session's id in a token of another user", async () => {
    const victim = await person("victim@example.com");
    const attacker = await person("attacker@example.com");
    const victimSession = await createTestSession({ db: database.db, user: victim, secret });
    const crafted = await authServer.encodeSessionToken({ user: attacker, sessionId: victimSession.sessionId, rolesAt: 0, secret });
    expect((await revoke(JSON.stringify({ token: crafted }))).status).toBe(404);
    expect((await database.db.userSession.findUniqueOrThrow({ where: { id: victimSession.sessionId } })).revokedAt).toBeNull();
  });
});
