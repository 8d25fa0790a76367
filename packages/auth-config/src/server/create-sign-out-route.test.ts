import { getApp, type PublicAddressing } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { createSignOutRoute } from "./create-sign-out-route";

const production: PublicAddressing = { rootDomain: "stepperslife.com", protocol: "https", includePort: false };
const browserTests: PublicAddressing = { rootDomain: "stepperslife.test", protocol: "http", includePort: true };
const dev: PublicAddressing = { rootDomain: "localhost", protocol: "http", includePort: true };

function signOut(addressing: PublicAddressing, { origin, callbackUrl }: { origin?: string; callbackUrl?: string }) {
  const route = createSignOutRoute({ app: getApp("events"), addressing });
  const body = new URLSearchParams(callbackUrl === undefined ? {} : { callbackUrl });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (origin) headers.origin = origin;
  return route.POST(new Request("http://127.0.0.1:3004/auth/sign-out", { method: "POST", headers, body }));
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
    const response = await signOut(browserTests, { origin: "http://stepperslife.test:3001", callbackUrl: "/" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://events.stepperslife.test:3004/");
    expect(response.headers.getSetCookie()).toEqual([
      `stepperslife.session-token=; ${EXPIRED}; Domain=.stepperslife.test; HttpOnly; SameSite=Lax`,
      `stepperslife.session-token=; ${EXPIRED}; HttpOnly; SameSite=Lax`,
    ]);
  });

  it("clears the one host-only cookie on localhost", async () => {
    const response = await signOut(dev, { origin: "http://localhost:3004", callbackUrl: "http://localhost:3009/classes" });
    expect(response.headers.get("location")).toBe("http://localhost:3009/classes");
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

  it("still signs out when the body is not a form", async () => {
    const route = createSignOutRoute({ app: getApp("events"), addressing: production });
    const response = await route.POST(
      new Request("http://127.0.0.1:3004/auth/sign-out", {
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
