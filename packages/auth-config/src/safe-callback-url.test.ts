import { getApp, type PublicAddressing } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

const dev: PublicAddressing = { rootDomain: "localhost", protocol: "http", includePort: true };
const browserTests: PublicAddressing = { rootDomain: "stepperslife.test", protocol: "http", includePort: true };
const production: PublicAddressing = { rootDomain: "stepperslife.com", protocol: "https", includePort: false };
const fallback = "FALLBACK";
const port = (app: string) => getApp(app).port;

const check = (candidate: string | null | undefined, addressing: PublicAddressing) =>
  safeCallbackUrl(candidate, { addressing, fallback });

describe("safeCallbackUrl", () => {
  it.each([
    ["https://stepperslife.com/profile", "https://stepperslife.com/profile"],
    ["https://events.stepperslife.com/e/42?ticket=1#pay", "https://events.stepperslife.com/e/42?ticket=1#pay"],
    ["https://services.stepperslife.com", "https://services.stepperslife.com/"],
    ["HTTPS://Store.SteppersLife.com/cart", "https://store.stepperslife.com/cart"],
    ["https://stepperslife.com:443/x", "https://stepperslife.com/x"],
  ])("accepts the fleet's own production URL %s", (candidate, expected) => {
    expect(check(candidate, production)).toBe(expected);
  });

  it.each([
    [`http://localhost:${port("main")}/sign-in`, `http://localhost:${port("main")}/sign-in`],
    [`http://localhost:${port("events")}/dashboard`, `http://localhost:${port("events")}/dashboard`],
    [`http://localhost:${port("services")}/`, `http://localhost:${port("services")}/`],
  ])("accepts dev URLs on the apps' own ports: %s", (candidate, expected) => {
    expect(check(candidate, dev)).toBe(expected);
  });

  it("accepts subdomains with ports in browser tests", () => {
    for (const url of [`http://classes.stepperslife.test:${port("classes")}/c/1`, `http://stepperslife.test:${port("main")}/`]) {
      expect(check(url, browserTests)).toBe(url);
    }
  });

  it.each(["/", "/profile", "/events/42?from=home#top", "/a/../b"])("keeps same-app relative path %s", (path) => {
    expect(check(path, production)).toBe(path);
  });

  it.each([
    null,
    undefined,
    "",
    "profile",
    "//evil.com",
    "//evil.com/path",
    "/\\evil.com",
    "/\\/evil.com",
    "\\\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    " https://stepperslife.com/",
    "https://stepperslife.com.evil.com/",
    "https://evilstepperslife.com/",
    "https://evil.com/?u=https://stepperslife.com",
    "https://evil.com#https://stepperslife.com",
    "https://stepperslife.com@evil.com/",
    "https://user:pass@stepperslife.com/",
    "https://stepperslife.com:pw@evil.com",
    "http://stepperslife.com/",
    "https://stepperslife.com:8443/",
    "https://unknown.stepperslife.com/",
    "javascript:alert(document.cookie)",
    "JavaScript://stepperslife.com/%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://stepperslife.com/",
  ])("refuses %j in production", (candidate) => {
    expect(check(candidate, production)).toBe(fallback);
  });

  it.each([
    "http://localhost:3002/",
    "http://localhost/",
    "http://localhost:30040/",
    `https://localhost:${port("main")}/`,
    `http://127.0.0.1:${port("main")}/`,
    `http://events.localhost:${port("events")}/`,
    `http://localhost:${port("main")}@evil.com/`,
  ])("refuses %s in dev (other ports, hosts, schemes, userinfo)", (candidate) => {
    expect(check(candidate, dev)).toBe(fallback);
  });

  it("refuses production hosts under dev addressing and the other way round", () => {
    expect(check("https://stepperslife.com/", dev)).toBe(fallback);
    expect(check(`http://localhost:${port("main")}/`, production)).toBe(fallback);
    expect(check("http://events.stepperslife.test/", browserTests)).toBe(fallback);
  });
});
