import { describe, expect, it } from "vitest";
import { createNextConfig } from "../index";

async function headerRules(overrides?: Parameters<typeof createNextConfig>[0]) {
  const config = createNextConfig(overrides);
  expect(config.headers, "createNextConfig sets headers()").toBeTypeOf("function");
  return config.headers!();
}

describe("createNextConfig headers()", () => {
  it("sends the fixed security headers on every path", async () => {
    const everyPath = (await headerRules()).find((rule) => rule.source === "/:path*");
    expect(everyPath?.headers).toEqual([
      { key: "X-Frame-Options", value: "DENY" },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ]);
  });

  it("gives API routes a policy that loads nothing and cannot be framed, and pages none (their proxy sets it)", async () => {
    const rules = await headerRules();
    const policies = rules.flatMap((rule) =>
      rule.headers.filter((header) => header.key.toLowerCase() === "content-security-policy").map((header) => [rule.source, header.value]),
    );
    expect(policies).toEqual([["/api/:path*", "default-src 'none'; frame-ancestors 'none'"]]);
  });

  it("keeps an app's own header rules after the shared ones", async () => {
    const own = { source: "/feed.xml", headers: [{ key: "Cache-Control", value: "max-age=60" }] };
    const rules = await headerRules({ headers: async () => [own] });
    expect(rules.at(-1)).toEqual(own);
    expect(rules.some((rule) => rule.source === "/:path*")).toBe(true);
  });
});
