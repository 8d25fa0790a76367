import { describe, expect, it } from "vitest";
import { buildPagePolicy, type PagePolicyOptions } from "./content-security-policy";
import { createNonce } from "./create-nonce";
import { parseContentSecurityPolicy as parsePolicy } from "./parse-content-security-policy";

const production: PagePolicyOptions = {
  nonce: "bm9uY2U=",
  development: false,
  https: true,
  connectOrigins: ["https://s3.stepperslife.com"],
  imageOrigins: ["https://stepperslife.com", "https://events.stepperslife.com"],
  formOrigins: ["https://stepperslife.com", "https://events.stepperslife.com"],
};

describe("buildPagePolicy", () => {
  it("allows scripts and style elements only with this response's nonce, and what those scripts load", () => {
    const policy = parsePolicy(buildPagePolicy(production));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("forbids framing, plugins and <base>, and keeps everything else to this origin", () => {
    const policy = parsePolicy(buildPagePolicy(production));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
  });

  it("lets scripts reach the object store, forms reach the fleet, and images come from the fleet", () => {
    const policy = parsePolicy(buildPagePolicy(production));
    expect(policy.get("connect-src")).toEqual(["'self'", "https://s3.stepperslife.com"]);
    expect(policy.get("form-action")).toEqual(["'self'", "https://stepperslife.com", "https://events.stepperslife.com"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://stepperslife.com", "https://events.stepperslife.com"]);
  });

  it("upgrades insecure requests only over https (on plain http it would break every same-origin request)", () => {
    expect(parsePolicy(buildPagePolicy(production)).has("upgrade-insecure-requests")).toBe(true);
    expect(parsePolicy(buildPagePolicy({ ...production, https: false })).has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds 'unsafe-eval' and inline style elements for next dev only", () => {
    const dev = parsePolicy(buildPagePolicy({ ...production, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(parsePolicy(buildPagePolicy(production)).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("names each source once", () => {
    const policy = parsePolicy(buildPagePolicy({ ...production, connectOrigins: ["http://127.0.0.1:9000", "http://127.0.0.1:9000"] }));
    expect(policy.get("connect-src")).toEqual(["'self'", "http://127.0.0.1:9000"]);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = Array.from({ length: 100 }, createNonce);
    expect(new Set(nonces).size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
