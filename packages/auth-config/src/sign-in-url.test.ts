import { describe, expect, it } from "vitest";
import { getApp } from "@stepperslife/manifest";
import { portalUrl } from "./portal-url";
import { profileUrl } from "./profile-url";
import { signInUrl } from "./sign-in-url";

const dev = { rootDomain: "localhost", protocol: "http", includePort: true } as const;
const production = { rootDomain: "stepperslife.com", protocol: "https", includePort: false } as const;

describe("portal links", () => {
  it("point at the portal in every addressing", () => {
    expect(portalUrl(dev)).toBe(`http://localhost:${getApp("main").port}`);
    expect(portalUrl(production)).toBe("https://stepperslife.com");
    expect(profileUrl(production)).toBe("https://stepperslife.com/profile");
  });

  it("sign-in carries the way back, encoded", () => {
    expect(signInUrl({ addressing: production, callbackUrl: "https://events.stepperslife.com/e/1?a=b&c=d" })).toBe(
      "https://stepperslife.com/sign-in?callbackUrl=https%3A%2F%2Fevents.stepperslife.com%2Fe%2F1%3Fa%3Db%26c%3Dd",
    );
    expect(signInUrl({ addressing: dev })).toBe(`http://localhost:${getApp("main").port}/sign-in`);
  });
});
