import { afterAll, beforeAll, describe, expect, it} from "vitest";
import type { SessionUser } from "@stepperslife/auth-config";
import { getApp } from "@stepperslife/manifest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import type { createTestSession as CreateTestSession } from "@/testing/create-test-session";


const secret = "refresh-route-test-secret-0123456789abcdefgh";
const cookieName = "stepperslife.session-token";
// Dev addressing (localhost, one port per app), the default when ROOT_DOMAIN is unset.
const portal = `http://localhost:${getApp("main").port}`;
const events = `http://localhost:${getApp("events").port}`;
let database: MainTestDatabase;
let GET: (request: Request) => Promise<Response>;
let authServer: typeof import("@stepperslife/auth-config/server");
let createTestSession: typeof CreateTestSession;

beforeAll(async () => {
  database = await createMainTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = secret;
  ({ GET } = await import("./route"));
  authServer = await import("@stepperslife/auth-config/server");
  ({ createTestSession } = await import("@/testing/create-test-session"));
});
afterAll(() => database?.drop());

const refresh = (cookie: string | null, callbackUrl = `${events}/dashboard`) =>
  GET(
    new Request(`${portal}/api/session/refresh?${new URLSearchParams({ callbackUrl })}`, {
      headers: cookie ? { cookie } : {},
    }),
  );

async function signedInUser(email: string) {
  const user = await database.db.user.create({ data: { email, name: "Before" } });
  const sessionUser: SessionUser = { id: user.id, name: "Before", email, image: null, roles: [] };
  const session = await createTestSession({ db: database.db, user: sessionUser, secret });
  return { user, sessionUser, ...session };
}

function sessionCookieOf(response: Response): string | undefined {
  return response.headers.getSetCookie().find((header) => header.startsWith(`${cookieName}=`));
}

describe("GET /api/session/refresh", () => {
  it("re-issues the cookie with the user's current roles and name, keeping the sign-in time and session id", async () => {
    const { db } = database;
    const { user, issuedAtMs, cookie, sessionId } = await signedInUser("owner@example.com");
    const rolesChangedAt = new Date();
    await db.roleGrant.create({ data: { userId: user.id, role: "owner", app: "events" } });
    await db.user.update({ where: { id: user.id }, data: { rolesChangedAt, name: "After" } });

    const response = await refresh(cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${events}/dashboard`);
    const setCookie = sessionCookieOf(response);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const token = setCookie!.slice(cookieName.length + 1).split(";")[0]!;
    const claims = await authServer.decodeSessionToken({ token, secret });
    expect(claims).toMatchObject({
      sub: user.id,
      sid: sessionId,
      name: "After",
      roles: ["owner:events"],
      rolesAt: rolesChangedAt.getTime(),
      issuedAtMs,
    });
  });

  it("clears the cookie of a disabled user", async () => {
    const { user, cookie } = await signedInUser("disabled@example.com");
    await database.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const response = await refresh(cookie);
    expect(response.status).toBe(303);
    expect(sessionCookieOf(response)).toMatch(/^stepperslife\.session-token=;.*Max-Age=0/);
  });

  it("clears a revoked session (signed out of all devices) and a forged one", async () => {
    const { user, cookie } = await signedInUser("revoked@example.com");
    await database.db.user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date() } });
    expect(sessionCookieOf(await refresh(cookie))).toMatch(/Max-Age=0/);
    expect(sessionCookieOf(await refresh(`${cookieName}=not-a-token`))).toMatch(/Max-Age=0/);
  });

  it("clears a session signed out on its own device, and one the portal never recorded", async () => {
    const { cookie, sessionId, sessionUser } = await signedInUser("one-device@example.com");
    await database.db.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect(sessionCookieOf(await refresh(cookie))).toMatch(/Max-Age=0/);
    const unrecordedId = authServer.createSessionId();
    const unrecorded = await authServer.encodeSessionToken({ user: sessionUser, sessionId: unrecordedId, rolesAt: 0, secret });
    expect(sessionCookieOf(await refresh(`${cookieName}=${unrecorded}`))).toMatch(/Max-Age=0/);
    // The same person's other device is untouched.
    const other = await createTestSession({ db: database.db, user: sessionUser, secret });
    expect(sessionCookieOf(await refresh(other.cookie))).toMatch(/Max-Age=\d{6,}/);
  });

  it("just goes back when there is no session, and never to another site", async () => {
    const response = await refresh(null, "https://evil.example/phish");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(portal);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
