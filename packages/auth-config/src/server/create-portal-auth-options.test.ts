import { getApp, type PublicAddressing } from "@stepperslife/manifest";
import type { Adapter } from "next-auth/adapters";
import NextAuth, { type NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import type { EmailConfig } from "next-auth/providers/email";
import { describe, expect, it } from "vitest";
import { sessionCookiePolicy } from "../session-cookie";
import {
  createPortalAuthOptions,
  type PortalAuthConfig,
  type PortalUserState,
  type StartedSession,
} from "./create-portal-auth-options";
import { createSessionId } from "./create-session-id";
import { decodeSessionToken } from "./decode-session-token";
import { encodeSessionToken } from "./encode-session-token";
import type { MagicLinkMessage } from "./send-magic-link-email";

const secret = "portal-options-test-secret-0123456789";
const production: PublicAddressing = { rootDomain: "stepperslife.com", protocol: "https", includePort: false };
const users = new Map<string, PortalUserState>([
  ["u-owner", { roles: ["owner:events"], rolesChangedAt: 1_700_000_000_000, disabled: false }],
  ["u-disabled", { roles: [], rolesChangedAt: 0, disabled: true }],
]);

// The portal's session records, as main keeps them in UserSession: started at sign-in, live until revoked.
const started: StartedSession[] = [];
const revoked = new Set<string>();

function options(overrides: Partial<PortalAuthConfig> = {}) {
  return createPortalAuthOptions({
    // The options only hand the adapter to NextAuth; nothing here calls it.
    adapter: {} as Adapter,
    secret,
    addressing: production,
    mailFrom: "SteppersLife <no-reply@stepperslife.com>",
    loadUser: async (id) => users.get(id) ?? null,
    startSession: async (session) => void started.push(session),
    isSessionActive: async (claims) => started.some((session) => session.id === claims.sid) && !revoked.has(claims.sid),
    ...overrides,
  });
}

function emailProvider(built: ReturnType<typeof options>) {
  // NextAuth merges `options` over the provider's defaults; our sender lives there.
  return built.providers.find((provider) => provider.id === "email") as EmailConfig;
}

const decodeJwt = (token: string) => decode({ token, secret });

/**
 * GET /api/auth/session through NextAuth's own handler (its Pages-API signature: the App Router one needs a Next
 * request scope). The response object records what NextAuth writes, as Next's would.
 */
async function readPortalSession(portal: NextAuthOptions, cookie: string) {
  const headers: Record<string, string | string[]> = {};
  let body: unknown;
  const response = {
    status: () => response,
    setHeader: (name: string, value: string | string[]) => ((headers[name.toLowerCase()] = value), response),
    getHeader: (name: string) => headers[name.toLowerCase()],
    send: (value: unknown) => void (body = value),
    json: (value: unknown) => void (body = value),
    end: () => undefined,
  };
  const cookies = Object.fromEntries(cookie.split(";").map((pair) => pair.trim().split(/=(.*)/s).slice(0, 2)));
  const host = `localhost:${getApp("main").port}`;
  const request = { method: "GET", query: { nextauth: ["session"] }, cookies, headers: { host, cookie } };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<void>)(request, response, portal);
  return { body, setCookies: [headers["set-cookie"] ?? []].flat() };
}

const verification = (provider: EmailConfig, url: string) =>
  provider.options.sendVerificationRequest!({
    identifier: "ada@example.com",
    url,
    expires: new Date(Date.now() + 15 * 60_000),
    provider,
    token: "t",
    theme: {},
  });

describe("createPortalAuthOptions", () => {
  it("uses JWT sessions in the fleet's shared cookie, for 30 days, with the portal's pages", () => {
    const built = options();
    expect(built.session).toEqual({ strategy: "jwt", maxAge: 30 * 24 * 60 * 60 });
    expect(built.cookies).toEqual({ sessionToken: sessionCookiePolicy(production) });
    expect(built.cookies?.sessionToken?.options).toMatchObject({ domain: ".stepperslife.com", secure: true, httpOnly: true });
    expect(built.useSecureCookies).toBe(true);
    expect(built.pages).toEqual({ signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" });
  });

  it("offers email always and each OAuth provider only when configured", () => {
    expect(options().providers.map((provider) => provider.id)).toEqual(["email"]);
    const google = { clientId: "g-id", clientSecret: "g-secret" };
    const github = { clientId: "gh-id", clientSecret: "gh-secret" };
    expect(options({ oauth: { github } }).providers.map((provider) => provider.id)).toEqual(["email", "github"]);
    expect(options({ oauth: { google, github } }).providers.map((provider) => provider.id)).toEqual(["email", "google", "github"]);
    expect(emailProvider(options()).options.maxAge).toBe(15 * 60);
  });

  it("keeps redirects inside the fleet", async () => {
    const redirect = options().callbacks!.redirect!;
    const baseUrl = "https://stepperslife.com";
    expect(await redirect({ url: "https://events.stepperslife.com/e/1", baseUrl })).toBe("https://events.stepperslife.com/e/1");
    expect(await redirect({ url: "/profile", baseUrl })).toBe("https://stepperslife.com/profile");
    for (const url of ["https://evil.com/", "//evil.com", "/\\evil.com", "javascript:alert(1)"]) {
      expect(await redirect({ url, baseUrl })).toBe("https://stepperslife.com/");
    }
  });

  it("refuses disabled users and users without an email, lets new ones in", async () => {
    const signIn = options().callbacks!.signIn!;
    const attempt = (id: string, email: string | null) =>
      signIn({ user: { id, email, emailVerified: null }, account: null, email: { verificationRequest: true } });
    expect(await attempt("u-disabled", "off@example.com")).toBe(false);
    expect(await attempt("u-owner", null)).toBe(false);
    expect(await attempt("u-owner", "owner@example.com")).toBe(true);
    expect(await attempt("new@example.com", "new@example.com")).toBe(true);
  });

  it("puts id, session id, roles and issue times in the token at sign-in, after onUserSignedIn, and keeps it later", async () => {
    const signedIn: string[] = [];
    const jwt = options({ onUserSignedIn: ({ id, email }) => void signedIn.push(`${id} ${email}`) }).callbacks!.jwt!;
    const before = Date.now();
    const token = await jwt({
      token: { name: "Ada", email: "owner@example.com", picture: null },
      user: { id: "u-owner", name: "Ada", email: "owner@example.com", image: "https://img.example/a.png" },
      account: null,
    });
    expect(signedIn).toEqual(["u-owner owner@example.com"]);
    expect(token).toMatchObject({
      sub: "u-owner",
      name: "Ada",
      email: "owner@example.com",
      picture: "https://img.example/a.png",
      roles: ["owner:events"],
      rolesAt: 1_700_000_000_000,
    });
    expect(token.issuedAtMs).toBeGreaterThanOrEqual(before);
    // The new session was recorded under the id the token carries, ending 30 days after the sign-in.
    expect(token.sid).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(started.at(-1)).toEqual({
      id: token.sid,
      userId: "u-owner",
      issuedAtMs: token.issuedAtMs,
      expiresAtMs: (token.issuedAtMs as number) + 30 * 24 * 3600 * 1000,
    });
    const encoded = await options().jwt!.encode!({ token, secret, maxAge: 30 * 24 * 60 * 60 });
    const later = await jwt({ token: (await decodeJwt(encoded))!, user: undefined as never, account: null });
    expect(later).toMatchObject({ sub: "u-owner", sid: token.sid, issuedAtMs: token.issuedAtMs });
    // Every sign-in is a session of its own.
    const again = await jwt({ token: {}, user: { id: "u-owner", email: "owner@example.com" }, account: null });
    expect(again.sid).not.toBe(token.sid);
  });

  it("ends a session the server revoked, or one without a session id, instead of re-issuing it", async () => {
    const jwt = options().callbacks!.jwt!;
    const token = await jwt({ token: {}, user: { id: "u-owner", email: "owner@example.com" }, account: null });
    const reread = async (claims: typeof token) => {
      const encoded = await options().jwt!.encode!({ token: claims, secret });
      return jwt({ token: (await decodeJwt(encoded)) ?? {}, user: undefined as never, account: null });
    };
    await expect(reread(token)).resolves.toMatchObject({ sid: token.sid });
    revoked.add(token.sid as string);
    await expect(reread(token)).rejects.toMatchObject({ name: "SessionEndedError" });
    const { sid: _sid, ...withoutSid } = token;
    await expect(reread(withoutSid)).rejects.toMatchObject({ name: "SessionEndedError" });
  });

  it("answers /api/auth/session as signed out and deletes the cookie once the session is revoked", async () => {
    const dev = { rootDomain: "localhost", protocol: "http", includePort: true } as const;
    // NextAuth insists these exist when email sign-in is on; reading a JWT session never calls them.
    const adapter: Adapter = {
      createVerificationToken: async (token) => token,
      useVerificationToken: async () => null,
      getUserByEmail: async () => null,
    };
    const portal = options({ addressing: dev, adapter });
    const sessionId = createSessionId();
    started.push({ id: sessionId, userId: "u-owner", issuedAtMs: Date.now(), expiresAtMs: Date.now() + 60_000 });
    const user = { id: "u-owner", name: "Ada", email: "owner@example.com", image: null, roles: [] };
    const cookie = `stepperslife.session-token=${await encodeSessionToken({ user, sessionId, rolesAt: 0, secret })}`;
    const read = () => readPortalSession(portal, cookie);

    const live = await read();
    expect(live.body).toMatchObject({ user: { id: "u-owner", email: "owner@example.com" } });
    const reissued = live.setCookies.find((each) => each.startsWith("stepperslife.session-token="));
    expect((await decodeSessionToken({ token: reissued!.split(";")[0]!.split("=")[1]!, secret }))?.sid).toBe(sessionId);

    revoked.add(sessionId);
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const ended = await read();
      expect(ended.body).toEqual({});
      // (NextAuth also sets its CSRF cookies for a browser that has none.)
      const sessionCookies = ended.setCookies.filter((each) => each.startsWith("stepperslife.session-token="));
      expect(sessionCookies).toEqual([expect.stringMatching(/^stepperslife\.session-token=; Max-Age=0;.*HttpOnly/)]);
    } finally {
      console.error = originalError;
    }
    // An expected sign-out, not a server error in the log.
    expect(errors).toEqual([]);
  });

  it("caps a re-encoded session at 30 days from sign-in", async () => {
    const jwtOptions = options().jwt!;
    const day = 24 * 60 * 60 * 1000;
    const issuedAtMs = Date.now() - 29.5 * day;
    const token = { sub: "u-owner", sid: createSessionId(), email: "owner@example.com", roles: [], rolesAt: 0, issuedAtMs };
    const encoded = await jwtOptions.encode!({ token, secret, maxAge: 30 * 24 * 60 * 60 });
    const claims = await decodeSessionToken({ token: encoded, secret });
    expect(claims?.exp).toBeGreaterThan(Date.now() / 1000 + 0.4 * 24 * 3600);
    expect(claims?.exp).toBeLessThan(Date.now() / 1000 + 0.6 * 24 * 3600);
  });

  it("sends the magic link through sendMagicLink with the rendered, escaped message", async () => {
    const sent: MagicLinkMessage[] = [];
    const provider = emailProvider(options({ sendMagicLink: async (message) => void sent.push(message) }));
    const url = 'https://stepperslife.com/api/auth/callback/email?token=a&email=x"><script>alert(1)</script>';
    await verification(provider, url);
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message).toMatchObject({ to: "ada@example.com", from: "SteppersLife <no-reply@stepperslife.com>", url });
    expect(message?.subject).toBe("Your SteppersLife sign-in link");
    expect(message?.text).toContain(url);
    expect(message?.text).toContain("expires in 15 minutes");
    expect(message?.text).toContain("If you didn't ask to sign in, you can ignore this email");
    expect(message?.html).toContain("token=a&amp;email=x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(message?.html).not.toContain("<script>");
    expect(message?.html).toContain("expires in 15 minutes");
  });

  it("fails clearly when there is no way to send mail", async () => {
    const provider = emailProvider(options());
    await expect(verification(provider, "https://stepperslife.com/api/auth/callback/email?token=a")).rejects.toThrow(
      "Cannot email the sign-in link: the portal has no mail server configured (set SMTP_URL in apps/main).",
    );
  });
});
