import { NextRequest } from "next/server";
import { getApp } from "@stepperslife/manifest";
import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";


// The portal as NextAuth sees it in dev: NEXTAUTH_URL comes from the default addressing (localhost, ports).
const portal = `http://localhost:${getApp("main").port}`;
let database: MainTestDatabase;
let POST: typeof import("./route").POST;

beforeAll(async () => {
  database = await createMainTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "nextauth-route-test-secret-0123456789abcdef";
  ({ POST } = await import("./route"));
});
afterAll(() => database?.drop());

const signInEmail = (email: string) =>
  POST(
    new NextRequest(`${portal}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "192.0.2.44" },
      body: new URLSearchParams({ email, csrfToken: "x", json: "true" }),
    }),
    { params: Promise.resolve({ nextauth: ["signin", "email"] }) },
  );

describe("POST /api/auth/* with a malformed body", () => {
  it("answers 400 with a JSON error instead of NextAuth's empty 500, and writes nothing", async () => {
    for (const [action, body] of [["session", '{"a":'], ["session", "[1,2]"], ["signin/email", "null"], ["csrf", "\"text\""]] as const) {
      const response = await POST(
        new NextRequest(`${portal}/api/auth/${action}`, { method: "POST", headers: { "content-type": "application/json" }, body }),
        { params: Promise.resolve({ nextauth: action.split("/") }) },
      );
      expect([action, body, response.status, (await response.json()).error.code]).toEqual([action, body, 400, "invalid_json"]);
    }
    expect(await database.db.signInAttempt.count()).toBe(0);
  });
});

describe("POST /api/auth/signin/email", () => {
  it("refuses a malformed address before NextAuth runs", async () => {
    const response = await signInEmail("nope");
    expect(response.status).toBe(422);
    expect((await response.json()).url).toBe(`${portal}/sign-in?error=InvalidEmail`);
  });

  it("rate limits before NextAuth runs", async () => {
    await database.db.signInAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ key: "ip:192.0.2.44", createdAt: new Date() })),
    });
    const response = await signInEmail("someone@example.com");
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(await database.db.signInAttempt.count({ where: { key: "email:someone@example.com" } })).toBe(0);
  });
});
