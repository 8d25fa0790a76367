import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { getApp } from "@stepperslife/manifest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";


const secret = "last-used-route-test-secret-0123456789abcdef";
const minute = 60_000;
let database: MainTestDatabase;
let POST: (request: Request) => Promise<Response>;
let bearer: string;

beforeAll(async () => {
  database = await createMainTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = secret;
  ({ POST } = await import("./route"));
  const { revocationFeedToken } = await import("@stepperslife/auth-config/server");
  bearer = `Bearer ${revocationFeedToken(secret)}`;
});
afterAll(() => database?.drop());

const report = (body: unknown, authorization: string | null = bearer) =>
  POST(
    new Request(`http://127.0.0.1:${getApp("main").port}/api/session/last-used`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const lastUsedOf = async (id: string) =>
  (await database.db.userSession.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt?.getTime() ?? null;

describe("POST /api/session/last-used", () => {
  it("saves when sessions were used, forward only, at most once a minute, never for revoked ones or in the future", async () => {
    const { db } = database;
    const now = Date.now();
    const user = await db.user.create({ data: { email: "busy@example.com" } });
    const create = (id: string, data: { lastUsedAt?: Date; revokedAt?: Date } = {}) =>
      db.userSession.create({ data: { id, userId: user.id, expiresAt: new Date(now + 86_400_000), ...data } });
    await create("never-used-session-001");
    await create("used-an-hour-ago-00001", { lastUsedAt: new Date(now - 60 * minute) });
    await create("used-seconds-ago-00001", { lastUsedAt: new Date(now - 20_000) });
    await create("signed-out-session-001", { lastUsedAt: new Date(now - 60 * minute), revokedAt: new Date(now - 30 * minute) });

    const response = await report({
      sessions: [
        { id: "never-used-session-001", lastUsedAt: now - 5_000 },
        // Two apps saw it: the later time wins.
        { id: "used-an-hour-ago-00001", lastUsedAt: now - 10 * minute },
        { id: "used-an-hour-ago-00001", lastUsedAt: now - 2 * minute },
        { id: "used-seconds-ago-00001", lastUsedAt: now },
        { id: "signed-out-session-001", lastUsedAt: now },
        { id: "unknown-session-000001", lastUsedAt: now },
      ],
    });
    expect(response.status).toBe(204);
    expect(await lastUsedOf("never-used-session-001")).toBe(now - 5_000);
    expect(await lastUsedOf("used-an-hour-ago-00001")).toBe(now - 2 * minute);
    expect(await lastUsedOf("used-seconds-ago-00001")).toBe(now - 20_000);
    expect(await lastUsedOf("signed-out-session-001")).toBe(now - 60 * minute);

    // An older report, or a clock ahead of ours, never moves it back or into the future.
    await report({ sessions: [{ id: "used-an-hour-ago-00001", lastUsedAt: now - 30 * minute }] });
    expect(await lastUsedOf("used-an-hour-ago-00001")).toBe(now - 2 * minute);
    await report({ sessions: [{ id: "used-an-hour-ago-00001", lastUsedAt: now + 3_600_000 }] });
    const clamped = await lastUsedOf("used-an-hour-ago-00001");
    expect(clamped).toBeGreaterThanOrEqual(now);
    expect(clamped).toBeLessThanOrEqual(Date.now());
  });

  it("needs the feed's bearer token and a well-formed report", async () => {
    expect((await report({ sessions: [] }, null)).status).toBe(401);
    expect((await report({ sessions: [] }, "Bearer nope")).status).toBe(401);
    expect((await report("not json")).status).toBe(400);
    const tooMany = { sessions: Array(5_001).fill({ id: "x", lastUsedAt: 1 }) };
    for (const body of [{}, { sessions: [{ id: "x", lastUsedAt: "yesterday" }] }, tooMany]) {
      const response = await report(body);
      expect(response.status).toBe(422);
      expect((await response.json()).error.code).toBe("invalid_body");
    }
    expect((await report({ sessions: [] })).status).toBe(204);
  });
});
