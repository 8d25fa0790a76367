import { appUrl, getApp, type PublicAddressing } from "@stepperslife/manifest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRevocationWatcher, type RevocationWatcher } from "./create-revocation-watcher";
import { createSessionId } from "./create-session-id";
import { createSignOutRoute, type SignOutRouteConfig } from "./create-sign-out-route";
import { encodeSessionToken } from "./encode-session-token";
import { startTestFeedServer } from "./start-test-feed-server";

const production: PublicAddressing = { rootDomain: "stepperslife.com", protocol: "https", includePort: false };
const browserTests: PublicAddressing = { rootDomain: "stepperslife.test", protocol: "http", includePort: true };
const dev: PublicAddressing = { rootDomain: "localhost", protocol: "http", includePort: true };
const secret = "sign-out-route-test-secret-0123456789ab";
const url = (app: string, addressing: PublicAddressing) => appUrl(getApp(app), addressing);
// The route as the events app serves it, addressed internally (the proxy's side of the connection).
const internalSignOut = `http://127.0.0.1:${getApp("events").port}/auth/sign-out`;

// The portal (a real HTTP server speaking its contract), this app's watcher and another app's.
let feed: Awaited<ReturnType<typeof startTestFeedServer>>;
let watcher: RevocationWatcher;
let otherAppWatcher: RevocationWatcher;
beforeAll(async () => {
  feed = await startTestFeedServer(secret);
  watcher = createRevocationWatcher({ portalInternalUrl: feed.url, secret, intervalMs: 60_000 });
  otherAppWatcher = createRevocationWatcher({ portalInternalUrl: feed.url, secret });
  await Promise.all([watcher.ready(), otherAppWatcher.ready()]);
});
afterAll(async () => {
  watcher.stop();
  otherAppWatcher.stop();
  await feed.close();
});

function route(addressing: PublicAddressing, overrides: Partial<SignOutRouteConfig> = {}) {
  return createSignOutRoute({ app: getApp("events"), addressing, secret, watcher, portalInternalUrl: feed.url, ...overrides });
}

function signOut(
  addressing: PublicAddressing,
  { origin, callbackUrl, cookie }: { origin?: string; callbackUrl?: string; cookie?: string },
  overrides: Partial<SignOutRouteConfig> = {},
) {
  const body = new URLSearchParams(callbackUrl === undefined ? {} : { callbackUrl });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (origin) headers.origin = origin;
  if (cookie) headers.cookie = cookie;
  return route(addressing, overrides).POST(new Request(internalSignOut, { method: "POST", headers, body }));
}

const user = { id: "user-1", name: "Ada", email: "ada@example.com", image: null, roles: [] };
async function session() {
  const sessionId = createSessionId();
  const token = await encodeSessionToken({ user, sessionId, rolesAt: 0, secret });
  const claims = { sub: user.id, sid: sessionId, issuedAtMs: Date.now() - 1_000, rolesAt: 0 };
  return { sessionId, token, claims };
}

const EXPIRED = "Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT";

describe("sign-out route", () => {
  it("clears the shared and host-only cookies, both names, on https and goes back to the page", async () => {
    const response = await signOut(production, {
      origin: "https://events.stepperslife.com",
      callbackUrl: "https://events.stepperslife.com/e/42?x=1",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://events.stepperslife.com/e/42?x=1");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.getSetCookie()).toEqual([
      `__Secure-stepperslife.session-token=; ${EXPIRED}; Domain=.stepperslife.com; HttpOnly; SameSite=Lax; Secure`,
      `__Secure-stepperslife.session-token=; ${EXPIRED}; HttpOnly; SameSite=Lax; Secure`,
      `stepperslife.session-token=; ${EXPIRED}; Domain=.stepperslife.com; HttpOnly; SameSite=Lax; Secure`,
      `stepperslife.session-token=; ${EXPIRED}; HttpOnly; SameSite=Lax; Secure`,
    ]);
  });

  it("clears the plain-named cookie on http, with and without Domain", async () => {
    const response = await signOut(browserTests, { origin: url("main", browserTests), callbackUrl: "/" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${url("events", browserTests)}/`);
    expect(response.headers.getSetCookie()).toEqual([
      `stepperslife.session-token=; ${EXPIRED}; Domain=.stepperslife.test; HttpOnly; SameSite=Lax`,
      `stepperslife.session-token=; ${EXPIRED}; HttpOnly; SameSite=Lax`,
    ]);
  });

  it("clears the one host-only cookie on localhost", async () => {
    const response = await signOut(dev, { origin: url("events", dev), callbackUrl: `${url("classes", dev)}/classes` });
    expect(response.headers.get("location")).toBe(`${url("classes", dev)}/classes`);
    expect(response.headers.getSetCookie()).toEqual([`stepperslife.session-token=; ${EXPIRED}; HttpOnly; SameSite=Lax`]);
  });

  it.each([undefined, "https://evil.com", "null", "https://events.stepperslife.com.evil.com", "http://events.stepperslife.com"])(
    "refuses Origin %s with 403 JSON and clears nothing",
    async (origin) => {
      const response = await signOut(production, { origin, callbackUrl: "/" });
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await response.json()).toEqual({
        error: { code: "forbidden_origin", message: "Sign-out requests must come from a SteppersLife page." },
      });
    },
  );

  it.each([undefined, "https://evil.com/phish", "//evil.com", "/\\evil.com", "javascript:alert(1)", "https://stepperslife.com.evil.com/"])(
    "sends callbackUrl %s to this app's home instead",
    async (callbackUrl) => {
      const response = await signOut(production, { origin: "https://stepperslife.com", callbackUrl });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("https://events.stepperslife.com/");
      expect(response.headers.getSetCookie()).toHaveLength(4);
    },
  );

  it("resolves a relative callbackUrl on this app", async () => {
    const response = await signOut(production, { origin: "https://events.stepperslife.com", callbackUrl: "/tickets?id=7" });
    expect(response.headers.get("location")).toBe("https://events.stepperslife.com/tickets?id=7");
  });

  it("ends this browser's session on the portal and here at once, other apps within a poll, other devices not at all", async () => {
    const [thisBrowser, otherDevice] = [await session(), await session()];
    const response = await signOut(browserTests, {
      origin: url("events", browserTests),
      cookie: `theme=dark; stepperslife.session-token=${thisBrowser.token}`,
    });
    const signedOutAt = Date.now();
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie()).toHaveLength(2);
    // The portal was asked, with the token as proof, before the browser was answered.
    expect(feed.state.revokeRequests.map((request) => request.sessionId)).toContain(thisBrowser.sessionId);
    // This app's watcher polls once a minute here: it refuses the session without waiting for the feed.
    expect(watcher.statusOf(thisBrowser.claims)).toBe("revoked");
    await vi.waitFor(() => expect(otherAppWatcher.statusOf(thisBrowser.claims)).toBe("revoked"), { timeout: 1_000, interval: 10 });
    expect(Date.now() - signedOutAt).toBeLessThan(1_000);
    expect(watcher.statusOf(otherDevice.claims)).toBe("valid");
    expect(otherAppWatcher.statusOf(otherDevice.claims)).toBe("valid");
  });

  it("still clears the cookie, and says why in the log, when the portal can't be reached", async () => {
    const warnings: string[] = [];
    const { sessionId, token, claims } = await session();
    const started = Date.now();
    const response = await signOut(
      production,
      { origin: "https://events.stepperslife.com", cookie: `__Secure-stepperslife.session-token=${token}` },
      { portalInternalUrl: "http://127.0.0.1:9", portalTimeoutMs: 500, logger: { warn: (line: string) => warnings.push(line) } },
    );
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie()).toHaveLength(4);
    expect(watcher.statusOf(claims)).toBe("revoked");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`could not revoke session ${sessionId} on the portal`);
  });

  it("does not ask the portal about a cookie that is not a session of ours", async () => {
    const asked = feed.state.revokeRequests.length;
    const response = await signOut(browserTests, { origin: url("main", browserTests), cookie: "stepperslife.session-token=garbage" });
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie()).toHaveLength(2);
    expect(feed.state.revokeRequests.length).toBe(asked);
  });

  it("still signs out when the body is not a form", async () => {
    const response = await route(production).POST(
      new Request(internalSignOut, {
        method: "POST",
        headers: { origin: "https://events.stepperslife.com", "content-type": "application/json" },
        body: "{",
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://events.stepperslife.com/");
    expect(response.headers.getSetCookie()).toHaveLength(4);
  });
});
