import { describe, expect, it } from "vitest";
import { describeDevice } from "./describe-device";

// Real User-Agent headers, cut into their common parts so each case reads as what makes it different.
const blink = "AppleWebKit/537.36 (KHTML, like Gecko)";
const webkit = "AppleWebKit/605.1.15 (KHTML, like Gecko)";
const iPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)";
const windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)";
const galaxy = "Mozilla/5.0 (Linux; Android 14; SM-S918B)";

describe("describeDevice", () => {
  it.each([
    [`Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${blink} Chrome/131.0.0.0 Safari/537.36`, "Chrome on macOS"],
    [`Mozilla/5.0 (X11; Linux x86_64) ${blink} HeadlessChrome/140.0.0.0 Safari/537.36`, "Chrome on Linux"],
    [`${windows} ${blink} Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0`, "Edge on Windows"],
    [`${iPhone} ${webkit} Version/18.1 Mobile/15E148 Safari/604.1`, "Safari on iPhone"],
    [`${iPhone} ${webkit} CriOS/131.0 Mobile/15E148 Safari/604.1`, "Chrome on iPhone"],
    [`${galaxy} ${blink} SamsungBrowser/26.0 Chrome/122.0 Mobile Safari/537.36`, "Samsung Internet on Android"],
    ["Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux"],
    [`${windows} ${blink} Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0`, "Opera on Windows"],
    [`Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) ${blink} Chrome/131.0.0.0 Safari/537.36`, "Chrome on ChromeOS"],
    ["Mozilla/5.0 (Windows NT 10.0) SomethingNew/1.0", "A browser on Windows"],
    ["curl/8.5.0", "Unknown browser"],
  ])("describes %s as %s", (userAgent, expected) => {
    expect(describeDevice(userAgent)).toBe(expected);
  });

  it("knows nothing without a header", () => {
    for (const missing of [null, undefined, "", "   "]) expect(describeDevice(missing)).toBeNull();
  });
});
