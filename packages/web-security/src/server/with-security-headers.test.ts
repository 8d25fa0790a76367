import { listFleetOrigins } from "@stepperslife/auth-config";
import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { parseContentSecurityPolicy } from "../parse-content-security-policy";
import type { SecurityEnv } from "./page-security-settings";
import { withSecurityHeaders } from "./with-security-headers";

const localFleet: SecurityEnv = {
  ROOT_DOMAIN: "localhost",
  PUBLIC_PROTOCOL: "http",
  PUBLIC_PORTS: true,
  S3_ENDPOINT: "http://127.0.0.1:9000",
};
const production: SecurityEnv = {
  ROOT_DOMAIN: "stepperslife.com",
  PUBLIC_PROTOCOL: "https",
  PUBLIC_PORTS: false,
  S3_ENDPOINT: "http://10.0.0.5:9000",
  S3_PUBLIC_URL: "https://s3.stepperslife.com",
};

// Every app of the local fleet, the portal first: where pages may send people and their requests.
const fleetOrigins = listFleetOrigins({ rootDomain: "localhost", protocol: "http", includePort: true });
const pageRequest = () => new NextRequest(`${fleetOrigins[1]}/r/soul-kitchen`, { headers: { cookie: "a=1", accept: "text/html" } });
const carryOn = () => NextResponse.next();

/** What the page render gets as its request headers, decoded the way Next's router applies a proxy's answer. */
function renderedRequestHeaders(request: Request, response: Response): Map<string, string> {
  const listed = response.headers.get("x-middleware-override-headers");
  if (!listed) return new Map(request.headers);
  return new Map(listed.split(",").map((name) => [name, response.headers.get(`x-middleware-request-${name}`) ?? ""]));
}

describe("withSecurityHeaders", () => {
  it("answers a fresh nonce each request, and gives the page render the same policy (Next takes its nonce from there)", async () => {
    const proxy = withSecurityHeaders(carryOn, () => localFleet);
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const request = pageRequest();
      const response = await proxy(request);
      const policy = response.headers.get("content-security-policy") ?? "";
      const nonce = parseContentSecurityPolicy(policy).get("script-src")?.find((source) => source.startsWith("'nonce-"));
      expect(nonce).toBeDefined();
      nonces.add(nonce!);
      const rendered = renderedRequestHeaders(request, response);
      expect(rendered.get("content-security-policy")).toBe(policy);
      expect(rendered.get("cookie")).toBe("a=1");
      expect(rendered.get("accept")).toBe("text/html");
    }
    expect(nonces.size).toBe(5);
  });

  it("keeps request headers the inner proxy changed for the render (the session proxy drops a dead cookie)", async () => {
    const dropCookie = (request: NextRequest) => {
      const headers = new Headers(request.headers);
      headers.delete("cookie");
      const response = NextResponse.next({ request: { headers } });
      response.headers.append("set-cookie", "session=; Max-Age=0");
      return response;
    };
    const request = pageRequest();
    const response = await withSecurityHeaders(dropCookie, () => localFleet)(request);
    const rendered = renderedRequestHeaders(request, response);
    expect(rendered.has("cookie")).toBe(false);
    expect(rendered.get("accept")).toBe("text/html");
    expect(rendered.get("content-security-policy")).toBe(response.headers.get("content-security-policy"));
    expect(response.headers.get("set-cookie")).toBe("session=; Max-Age=0");
  });

  it("leaves a redirect a redirect, with the headers on it", async () => {
    const toPortal = () => NextResponse.redirect(`${fleetOrigins[0]}/api/session/refresh`, 307);
    const response = await withSecurityHeaders(toPortal, () => localFleet)(pageRequest());
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${fleetOrigins[0]}/api/session/refresh`);
    expect(response.headers.has("x-middleware-override-headers")).toBe(false);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends Strict-Transport-Security over https only", async () => {
    const overHttps = await withSecurityHeaders(carryOn, () => production)(pageRequest());
    expect(overHttps.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(overHttps.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const overHttp = await withSecurityHeaders(carryOn, () => localFleet)(pageRequest());
    expect(overHttp.headers.has("strict-transport-security")).toBe(false);
  });

  it("lets pages upload to the object store at its public address, or its endpoint when that is the same", async () => {
    const connectSources = async (env: SecurityEnv) => {
      const response = await withSecurityHeaders(carryOn, () => env)(pageRequest());
      return parseContentSecurityPolicy(response.headers.get("content-security-policy") ?? "").get("connect-src") ?? [];
    };
    expect(await connectSources(production)).toContain("https://s3.stepperslife.com");
    expect(await connectSources(production)).not.toContain("http://10.0.0.5:9000");
    expect(await connectSources(localFleet)).toContain("http://127.0.0.1:9000");
    const { S3_ENDPOINT: _none, ...portal } = localFleet;
    expect((await connectSources(portal)).filter((source) => source.includes("127.0.0.1"))).toEqual([]);
  });

  it("lets a client-side navigation follow the session proxy's redirect to the portal (CORS, not CSP, stops it)", async () => {
    const response = await withSecurityHeaders(carryOn, () => localFleet)(pageRequest());
    const policy = parseContentSecurityPolicy(response.headers.get("content-security-policy") ?? "");
    expect(policy.get("connect-src")).toEqual(expect.arrayContaining(["'self'", ...fleetOrigins]));
  });

  it("lets forms and images reach every app of the fleet, and avatars come from the sign-in providers", async () => {
    const response = await withSecurityHeaders(carryOn, () => production)(pageRequest());
    const policy = parseContentSecurityPolicy(response.headers.get("content-security-policy") ?? "");
    const fleet = ["https://stepperslife.com", "https://events.stepperslife.com", "https://restaurants.stepperslife.com"];
    const avatars = ["https://*.googleusercontent.com", "https://avatars.githubusercontent.com"];
    expect(policy.get("form-action")).toEqual(expect.arrayContaining(["'self'", ...fleet]));
    expect(policy.get("img-src")).toEqual(expect.arrayContaining([...fleet, ...avatars]));
  });

  it("reads the env on the first request, not when the proxy module loads (next build has no env)", async () => {
    let reads = 0;
    const proxy = withSecurityHeaders(carryOn, () => {
      reads++;
      return localFleet;
    });
    expect(reads).toBe(0);
    await proxy(pageRequest());
    await proxy(pageRequest());
    expect(reads).toBe(1);
  });
});
