import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "@playwright/test";
import type { AppDefinition } from "@stepperslife/manifest";
import { parseContentSecurityPolicy } from "@stepperslife/web-security";
import { appEnvFile } from "../fleet-under-test";

export const fixedSecurityHeaders = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

/** The fixed headers, and no HSTS: the e2e fleet is plain http (PUBLIC_PROTOCOL=http). */
export function expectFixedSecurityHeaders(response: Response, what: string): void {
  for (const [name, value] of Object.entries(fixedSecurityHeaders)) expect(response.headers.get(name), `${name} of ${what}`).toBe(value);
  expect(response.headers.get("strict-transport-security"), `HSTS of ${what} over http`).toBeNull();
}

/** The page's policy, with the nonce its scripts must carry; checks the directives every page needs. */
export function expectPagePolicy(response: Response, what: string): { nonce: string; policy: Map<string, string[]> } {
  const header = response.headers.get("content-security-policy");
  expect(header, `Content-Security-Policy of ${what}`).toBeTruthy();
  const policy = parseContentSecurityPolicy(header!);
  const nonce = policy.get("script-src")?.find((source) => /^'nonce-.+'$/.test(source))?.slice("'nonce-".length, -1);
  expect(nonce, `a script nonce in ${what}'s policy`).toBeTruthy();
  expect(policy.get("script-src"), `script-src of ${what}`).toContain("'strict-dynamic'");
  expect(policy.get("script-src"), `script-src of ${what} (next start, not next dev)`).not.toContain("'unsafe-eval'");
  expect(policy.get("frame-ancestors"), `frame-ancestors of ${what}`).toEqual(["'none'"]);
  expect(policy.get("object-src"), `object-src of ${what}`).toEqual(["'none'"]);
  expect(policy.get("base-uri"), `base-uri of ${what}`).toEqual(["'none'"]);
  expect(policy.has("upgrade-insecure-requests"), `upgrade-insecure-requests of ${what} over http`).toBe(false);
  return { nonce: nonce!, policy };
}

/**
 * Every script tag of a page carries its response's nonce: proof the page was rendered for this request (a
 * prerendered page has none, and the policy would block all of its scripts).
 */
export function expectScriptsCarryNonce(html: string, nonce: string, what: string): void {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `scripts on ${what}`).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)), `scripts of ${what} without this response's nonce`).toEqual([]);
}

/** Where this vertical's browsers PUT presigned uploads: S3_PUBLIC_URL, or S3_ENDPOINT when that is unset. */
export function uploadOrigin(app: AppDefinition): string | null {
  const env = appEnvFile(app);
  const address = env.S3_PUBLIC_URL ?? env.S3_ENDPOINT;
  return address ? new URL(address).origin : null;
}

/** A page of another site (any host name of the test domain; Chromium maps them all to 127.0.0.1) that frames `url`. */
export async function startFramingSite(): Promise<{ pageFraming(url: string): string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const target = new URL(request.url ?? "/", "http://localhost").searchParams.get("frame") ?? "about:blank";
    const src = target.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Another site</title><iframe name="target" src="${src}" onload="document.title='framed'"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    pageFraming: (url) => `http://attacker.stepperslife.test:${port}/?${new URLSearchParams({ frame: url })}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A real 32×32 PNG (orange), small enough to inline; the app checks the bytes and renders thumbnails from it. */
export const coverPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAO0lEQVRIiWP4WSxGU8QwakHxaBCJjaain6MZTWy0qPg5WpoWj1Y4P0erzOLRVoXYaMOreLTpKDaoW9cAPOoIWxQF3XkAAAAASUVORK5CYII=",
  "base64",
);

/** Stands in for BarcodeDetector (Chromium has none on Linux): every frame of the camera "shows" the same ticket code. */
export function fakeBarcodeDetector(code: string) {
  Object.defineProperty(window, "BarcodeDetector", {
    configurable: true,
    value: class {
      async detect() {
        return [{ rawValue: code }];
      }
    },
  });
}
