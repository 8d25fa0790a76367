import { appUrl, getApp, type PublicAddressing } from "@stepperslife/manifest";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionCookiePolicy } from "../session-cookie";
import type { SessionUser } from "../session-user";
import { createFleetAuth, type FleetAuth } from "./create-fleet-auth";
import { createRevocationWatcher } from "./create-revocation-watcher";
import { createSessionId } from "./create-session-id";
import { encodeSessionToken } from "./encode-session-token";
import { startTestFeedServer } from "./start-test-feed-server";

const secret = "proxy-test-secret-0123456789abcdefgh";
const addressing: PublicAddressing = { rootDomain: "stepperslife.test", protocol: "http", includePort: true };
const cookieName = sessionCookiePolicy(addressing).name;
const EXPIRED = "Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
const user = (id: string): SessionUser => ({ id, name: "Ada", email: `${id}@example.com`, image: null, roles: ["owner:events"] });

let feed: Awaited<ReturnType<typeof startTestFeedServer>>;
let auth: FleetAuth;
let stopWatcher: () => void;
const changedAt = Date.now();

beforeAll(async () => {
  feed = await startTestFeedServer(secret);
  feed.setUser("revoked", { sessionsValidAfter: changedAt });
  feed.setUser("promoted", { rolesChangedAt: changedAt });
  const watcher = createRevocationWatcher({ portalInternalUrl: feed.url, secret });
  stopWatcher = () => watcher.stop();
  // The app's server sees its internal address; the redirect must use the public one.
  auth = createFleetAuth(() => ({ app: getApp("events"), secret, addressing, portalInternalUrl: feed.url, revocationWatcher: watcher }));
});
afterAll(async () => {
  stopWatcher();
  await feed.close();
});

const page = (cookie: string | null, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://127.0.0.1:${getApp("events").port}/dashboard?tab=tickets`, {
    method: init.method ?? "GET",
    headers: { ...(cookie === null ? {} : { cookie }), ...init.headers },
  });

const token = (id: string, options: { rolesAt?: number; issuedAtMs?: number; secret?: string; sessionId?: string } = {}) =>
  encodeSessionToken({
    user: user(id),
    sessionId: options.sessionId ?? createSessionId(),
    rolesAt: options.rolesAt ?? 0,
    secret: options.secret ?? secret,
    issuedAtMs: options.issuedAtMs,
  });

describe("the session proxy", () => {
  it("lets anonymous and valid sessions through untouched", async () => {
    for (const cookie of [null, "theme=dark", `${cookieName}=${await token("fine")}`]) {
      const response = await auth.proxy(page(cookie));
      expect(response.headers.get("x-middleware-next")).toBe("1");
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it("sends a page load with stale roles through the portal's refresh, back to the public URL", async () => {
    const response = await auth.proxy(page(`${cookieName}=${await token("promoted", { rolesAt: changedAt - 1 })}`));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(`${appUrl(getApp("main"), addressing)}/api/session/refresh`);
    expect(location.searchParams.get("callbackUrl")).toBe(`${appUrl(getApp("events"), addressing)}/dashboard?tab=tickets`);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("turns a client-side navigation with stale roles into a full page load instead of a cross-origin redirect", async () => {
    const stale = `${cookieName}=${await token("promoted", { rolesAt: changedAt - 1 })}`;
    // What reaches the proxy from Next's router in a browser: Next has already removed its RSC headers.
    const clientFetches: Record<string, string>[] = [
      { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", accept: "*/*" },
      { accept: "*/*" },
    ];
    for (const headers of clientFetches) {
      const response = await auth.proxy(page(stale, { headers }));
      // Not RSC and no body: Next's router then loads the URL as a document, which the test above refreshes.
      expect(response.status).toBe(204);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("content-type")).toBeNull();
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    const documentLoad = { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", accept: "text/html,*/*;q=0.8" };
    expect((await auth.proxy(page(stale, { headers: documentLoad }))).status).toBe(307);
  });

  it("does not bounce browser prefetches or POSTs with stale roles", async () => {
    const stale = `${cookieName}=${await token("promoted", { rolesAt: changedAt - 1 })}`;
    for (const request of [
      page(stale, { headers: { "sec-purpose": "prefetch", "sec-fetch-dest": "document" } }),
      page(stale, { headers: { purpose: "prefetch" } }),
      page(stale, { method: "POST" }),
    ]) {
      const response = await auth.proxy(request);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-middleware-next")).toBe("1");
    }
  });

  it("clears a revoked session (shared and host-only cookie) and hides it from the page", async () => {
    const revoked = await token("revoked", { issuedAtMs: changedAt - 60_000 });
    const response = await auth.proxy(page(`theme=dark; ${cookieName}=${revoked}; lang=en`));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.getSetCookie()).toEqual([
      `${cookieName}=; ${EXPIRED}; Domain=.stepperslife.test; HttpOnly; SameSite=Lax`,
      `${cookieName}=; ${EXPIRED}; HttpOnly; SameSite=Lax`,
    ]);
    expect(response.headers.get("x-middleware-request-cookie")).toBe("theme=dark; lang=en");
  });

  it("clears an undecodable or expired cookie the same way", async () => {
    const expired = await encodeSessionToken({ user: user("fine"), sessionId: createSessionId(), rolesAt: 0, secret, maxAgeSeconds: -60 });
    for (const bad of ["garbage", expired, await token("fine", { secret: "some-other-secret-0123456789abcdefgh" })]) {
      const response = await auth.proxy(page(`${cookieName}=${bad}`));
      expect(response.headers.getSetCookie()).toHaveLength(2);
      // Next drops every request header missing from the override list: here, the Cookie header.
      expect(response.headers.has("x-middleware-request-cookie")).toBe(false);
      expect(response.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("cookie");
      expect(response.headers.has("x-middleware-override-headers")).toBe(true);
    }
  });

  it("keeps a good shared cookie and deletes only the host-only leftover beside it", async () => {
    const response = await auth.proxy(page(`${cookieName}=garbage; ${cookieName}=${await token("fine")}`));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.getSetCookie()).toEqual([`${cookieName}=; ${EXPIRED}; HttpOnly; SameSite=Lax`]);
  });

  it("clears the cookie of one signed-out session and lets the same person's other session through", async () => {
    const signedOut = createSessionId();
    const signedOutCookie = `${cookieName}=${await token("two-devices", { sessionId: signedOut })}`;
    const otherDevice = `${cookieName}=${await token("two-devices")}`;
    expect((await auth.proxy(page(signedOutCookie))).headers.getSetCookie()).toEqual([]);
    feed.setRevokedSession({ id: signedOut, revokedAt: Date.now(), expiresAt: Date.now() + 60_000 });
    await vi.waitFor(async () => expect((await auth.proxy(page(signedOutCookie))).headers.getSetCookie()).toHaveLength(2), {
      timeout: 1_000,
    });
    const response = await auth.proxy(page(otherDevice));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("sees a revocation made after start-up within a poll", async () => {
    const session = `${cookieName}=${await token("late")}`;
    expect((await auth.proxy(page(session))).headers.getSetCookie()).toEqual([]);
    feed.setUser("late", { sessionsValidAfter: Date.now() + 1 });
    await vi.waitFor(async () => expect((await auth.proxy(page(session))).headers.getSetCookie()).toHaveLength(2), {
      timeout: 1_000,
    });
  });
});
