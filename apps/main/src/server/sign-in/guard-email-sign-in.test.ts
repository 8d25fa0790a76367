import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getApp } from "@stepperslife/manifest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import { guardEmailSignIn } from "./guard-email-sign-in";

const portalUrl = `http://localhost:${getApp("main").port}`;
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

const guard = (request: Request, now?: Date) => guardEmailSignIn({ request, db: database.db, portalUrl, now });

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

  it("counts per client address too: the one the app server wrote into X-Forwarded-For", async () => {
    const now = new Date();
    const from = (address: string) => ({ "x-forwarded-for": address });
    for (let i = 0; i < 5; i++) expect(await guard(magicLinkRequest(`person${i}@example.com`, from("203.0.113.9")), now)).toBeNull();
    expect((await guard(magicLinkRequest("person5@example.com", from("203.0.113.9")), now))?.status).toBe(429);
    // Another client is not held up by that one.
    expect(await guard(magicLinkRequest("person6@example.com", from("198.51.100.4")), now)).toBeNull();
    // A header that did not come from the app server (a chain, X-Real-IP) is not believed: the email counter alone applies.
    expect(await guard(magicLinkRequest("person7@example.com", { "x-forwarded-for": "10.9.9.9, 203.0.113.9" }), now)).toBeNull();
    expect(await guard(magicLinkRequest("person8@example.com", { "x-real-ip": "203.0.113.9" }), now)).toBeNull();
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
