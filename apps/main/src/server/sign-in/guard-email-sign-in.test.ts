import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMainTestDatabase, type MainTestDatabase } from "../../testing/create-main-test-database";
import { guardEmailSignIn } from "./guard-email-sign-in";

const portalUrl = "http://localhost:3001";
let database: MainTestDatabase;

beforeAll(async () => {
  database = await createMainTestDatabase();
});
afterAll(() => database?.drop());
beforeEach(() => database.db.signInAttempt.deleteMany());

function magicLinkRequest(email: string, headers: Record<string, string> = {}) {
  return new Request(`${portalUrl}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ email, csrfToken: "token", callbackUrl: `${portalUrl}/`, json: "true" }),
  });
}

// One reverse proxy in front of the portal, as in production.
const guard = (request: Request, now?: Date, trustedProxyHops = 1) =>
  guardEmailSignIn({ request, db: database.db, portalUrl, trustedProxyHops, now });

describe("guardEmailSignIn", () => {
  it("lets five requests through, then answers 429 with Retry-After and the error signIn() reads", async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) expect(await guard(magicLinkRequest("Ana@Example.com "), now)).toBeNull();

    const refused = await guard(magicLinkRequest("ana@example.com"), now);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("retry-after")).toBe(String(15 * 60));
    const body = await refused!.json();
    expect(body).toEqual({
      error: { code: "rate_limited", message: "Too many sign-in links were requested. Try again in 15 minutes." },
      url: `${portalUrl}/sign-in?error=RateLimited&retryAfter=900`,
    });
    // next-auth/react's signIn() takes the error code from this URL.
    expect(new URL(body.url).searchParams.get("error")).toBe("RateLimited");
  });

  it("counts per client IP too: the hop the trusted proxy appended to X-Forwarded-For, else X-Real-IP", async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) {
      // The proxy appends the address it saw; whatever the client wrote before it is not believed.
      const headers: Record<string, string> = i % 2 ? { "x-forwarded-for": `10.9.9.${i}, 203.0.113.9` } : { "x-real-ip": "203.0.113.9" };
      expect(await guard(magicLinkRequest(`person${i}@example.com`, headers), now)).toBeNull();
    }
    const sameIp = await guard(magicLinkRequest("person5@example.com", { "x-forwarded-for": "203.0.113.9" }), now);
    expect(sameIp?.status).toBe(429);
    // A client forging a fresh first hop on every request still arrives from the same address.
    const forgedHop = { "x-forwarded-for": "198.51.100.4, 203.0.113.9" };
    expect((await guard(magicLinkRequest("person6@example.com", forgedHop), now))?.status).toBe(429);
    // Behind two proxies (a CDN, then nginx) the client is the second hop from the right.
    const behindCdn = { "x-forwarded-for": "203.0.113.9, 198.51.100.77, 192.0.2.1" };
    expect(await guard(magicLinkRequest("person7@example.com", behindCdn), now, 2)).toBeNull();
  });

  it("lets requests through again once the window has passed", async () => {
    const start = new Date("2026-05-01T18:00:00Z");
    for (let i = 0; i < 5; i++) await guard(magicLinkRequest("later@example.com"), start);
    expect((await guard(magicLinkRequest("later@example.com"), new Date(start.getTime() + 14 * 60_000)))?.status).toBe(429);
    expect(await guard(magicLinkRequest("later@example.com"), new Date(start.getTime() + 15 * 60_000))).toBeNull();
  });

  it("answers 422 to a malformed address and writes nothing", async () => {
    for (const email of ["", "not-an-email", "a@b", "two@@example.com", "x".repeat(300) + "@example.com"]) {
      const refused = await guard(magicLinkRequest(email, { "x-forwarded-for": "192.0.2.10" }));
      expect(refused?.status, email).toBe(422);
      expect(await refused!.json()).toEqual({
        error: { code: "invalid_email", message: expect.any(String) },
        url: `${portalUrl}/sign-in?error=InvalidEmail`,
      });
    }
    expect(await database.db.signInAttempt.count()).toBe(0);
  });

  it("leaves the body readable for NextAuth, and reads JSON bodies as well", async () => {
    const request = magicLinkRequest("body@example.com");
    expect(await guard(request)).toBeNull();
    expect(new URLSearchParams(await request.text()).get("email")).toBe("body@example.com");

    const json = new Request(`${portalUrl}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "json@example.com" }),
    });
    expect(await guard(json)).toBeNull();
    expect(await database.db.signInAttempt.count({ where: { key: "email:json@example.com" } })).toBe(1);
  });
});
