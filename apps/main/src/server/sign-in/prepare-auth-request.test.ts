import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { NextRequest } from "next/server";
import { appUrl, getApp } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { prepareAuthRequest } from "./prepare-auth-request";

// NextAuth's own configuration check (core/lib/assert.js, not in its exports map), the one that turns a bad callback
// URL into "a problem with the server configuration": the prepared request must pass it.
const require = createRequire(import.meta.url);
const { assertConfig } = require(join(dirname(require.resolve("next-auth")), "core/lib/assert.js")) as {
  assertConfig(params: { options: unknown; req: unknown }): unknown;
};

const addressing = { rootDomain: "stepperslife.test", protocol: "http" as const, includePort: true };
const portal = appUrl(getApp("main"), addressing);
const prepare = (request: NextRequest) => prepareAuthRequest(request, { addressing, portal });
const nextAuthVerdict = (request: NextRequest) => {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const cookies = Object.fromEntries(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value]));
  const verdict = assertConfig({ options: { secret: "s", providers: [] }, req: { origin: portal, action: "session", query, cookies } });
  return verdict instanceof Error ? verdict.name : "ok";
};

describe("prepareAuthRequest", () => {
  it("replaces a callbackUrl NextAuth would call a server misconfiguration with the safe fallback", async () => {
    for (const callbackUrl of ["javascript:alert(1)", "\u2028", "//evil.example", "http://evil.example/x", "data:text/html,hi"]) {
      const original = new NextRequest(`${portal}/api/auth/session?${new URLSearchParams({ callbackUrl })}`);
      if (!callbackUrl.includes("evil")) expect(nextAuthVerdict(original), callbackUrl).toBe("InvalidCallbackUrl");
      const prepared = await prepare(original);
      if (!prepared.ok) throw new Error(`refused ${callbackUrl}`);
      expect(prepared.request.nextUrl.searchParams.get("callbackUrl"), callbackUrl).toBe(`${portal}/`);
      expect(nextAuthVerdict(prepared.request), callbackUrl).toBe("ok");
    }
  });

  it("keeps a fleet callbackUrl and a request with nothing to fix as they are", async () => {
    const own = new NextRequest(`${portal}/api/auth/signin?callbackUrl=${encodeURIComponent(`${appUrl(getApp("events"), addressing)}/tickets`)}`);
    const prepared = await prepare(own);
    expect(prepared.ok && prepared.request).toBe(own);
  });

  it("refuses a forged callback-url cookie with 400 and clears it", async () => {
    const request = new NextRequest(`${portal}/api/auth/session`, { headers: { cookie: "next-auth.callback-url=javascript%3Aalert(1)" } });
    expect(nextAuthVerdict(request)).not.toBe("ok");
    const prepared = await prepare(request);
    if (prepared.ok) throw new Error("accepted a forged cookie");
    expect(prepared.response.status).toBe(400);
    expect(prepared.response.headers.get("set-cookie")).toMatch(/^next-auth\.callback-url=; Path=\/; Max-Age=0/);
  });

  it("refuses a JSON body that is not a JSON object, and hands NextAuth a readable copy of a good one", async () => {
    const post = (body: string, type = "application/json") =>
      new NextRequest(`${portal}/api/auth/session`, { method: "POST", body, headers: { "content-type": type } });
    for (const body of ['{"a":', "[]", "null", ""]) {
      const prepared = await prepare(post(body));
      expect(prepared.ok ? 200 : prepared.response.status, body).toBe(400);
    }
    const good = await prepare(post('{"csrfToken":"x"}'));
    expect(good.ok && (await good.request.json())).toEqual({ csrfToken: "x" });
    const form = await prepare(post("csrfToken=x", "application/x-www-form-urlencoded"));
    expect(form.ok && (await form.request.text())).toBe("csrfToken=x");
  });
});
