import { describe, expect, it } from "vitest";
import { sessionCookiePolicy } from "./session-cookie";

describe("sessionCookiePolicy", () => {
  it("shares one secure, prefixed cookie across the subdomains in production", () => {
    expect(sessionCookiePolicy({ rootDomain: "stepperslife.com", protocol: "https" })).toEqual({
      name: "__Secure-stepperslife.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, domain: ".stepperslife.com" },
    });
  });

  it("drops the prefix and Secure on plain http, keeping the parent domain", () => {
    const policy = sessionCookiePolicy({ rootDomain: "stepperslife.test", protocol: "http" });
    expect(policy.name).toBe("stepperslife.session-token");
    expect(policy.options).toMatchObject({ secure: false, domain: ".stepperslife.test" });
  });

  it("is host-only on localhost", () => {
    expect(sessionCookiePolicy({ rootDomain: "localhost", protocol: "http" }).options).not.toHaveProperty("domain");
  });
});

describe("sessionCookiePolicy in browser tests", () => {
  it("uses the plain name, no Secure, and the .stepperslife.test parent domain", () => {
    expect(sessionCookiePolicy({ rootDomain: "stepperslife.test", protocol: "http" })).toEqual({
      name: "stepperslife.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false, domain: ".stepperslife.test" },
    });
  });

  it("is host-only on localhost even over https, with the prefix and Secure", () => {
    expect(sessionCookiePolicy({ rootDomain: "localhost", protocol: "https" })).toEqual({
      name: "__Secure-stepperslife.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });
});
