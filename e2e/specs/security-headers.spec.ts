import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fleet } from "@stepperslife/manifest";
import { API_CONTENT_SECURITY_POLICY } from "@stepperslife/next-config/security-headers";
import { loopbackUrl, repoRoot } from "../fleet-under-test";
import { grantOwnerOf, openAdmin } from "../support/admin";
import { createPublishedEvent, eventsApp, openEventsDashboard } from "../support/events";
import { setUpPayouts } from "../support/payouts";
import {
  coverPng,
  expectFixedSecurityHeaders,
  expectPagePolicy,
  expectScriptsCarryNonce,
  fakeBarcodeDetector,
  startFramingSite,
  uploadOrigin,
} from "../support/security-headers";
import { grantAdmin, portal, signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";
import { expect, test, type BrowserContext, type Page } from "../support/test";

const get = (url: string) => fetch(url, { redirect: "manual" });

for (const app of fleet.apps) {
  test(`${app.name}: pages get a fresh nonce policy, API routes and static files the fixed headers`, async () => {
    const pages = ["/", "/no-such-page", ...(app.name === "main" ? ["/sign-in", "/sign-in/check-email", "/status"] : [])];
    for (const path of pages) {
      const [first, second] = [await get(loopbackUrl(app, path)), await get(loopbackUrl(app, path))];
      expect([200, 404], `${app.name} ${path} renders a page`).toContain(first.status);
      const { nonce, policy } = expectPagePolicy(first, `${app.name} ${path}`);
      expectFixedSecurityHeaders(first, `${app.name} ${path}`);
      expectScriptsCarryNonce(await first.text(), nonce, `${app.name} ${path}`);
      expect(expectPagePolicy(second, `${app.name} ${path} again`).nonce, "a new nonce per response").not.toBe(nonce);
      const store = uploadOrigin(app);
      if (store) expect(policy.get("connect-src"), "presigned uploads go straight to the object store").toContain(store);
    }

    const health = await get(loopbackUrl(app, "/api/health"));
    expect(health.status).toBe(200);
    expect(health.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
    expectFixedSecurityHeaders(health, `${app.name} /api/health`);

    const home = await (await get(loopbackUrl(app, "/"))).text();
    const asset = home.match(/<script[^>]* src="(\/_next\/static\/[^"]+)"/)?.[1];
    expect(asset, "a script of Next's own on the home page").toBeTruthy();
    const script = await get(loopbackUrl(app, asset));
    expect(script.status).toBe(200);
    expectFixedSecurityHeaders(script, `${app.name} ${asset}`);
  });
}

test("no page is prerendered at build: a static page could not carry a per-request nonce", () => {
  for (const app of fleet.apps) {
    const manifestFile = join(repoRoot, "apps", app.name, ".next", "prerender-manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { routes: object };
    // Next's own /_global-error shows only when the root layout itself fails; API answers need no nonce.
    const pages = Object.keys(manifest.routes).filter((route) => route !== "/_global-error" && !route.startsWith("/api/"));
    expect(pages, `prerendered pages of ${app.name}`).toEqual([]);
  }
});

test.describe("framing", () => {
  // The refusals this test provokes on purpose; any other policy message still fails it.
  test.use({ expectedSecurityPolicyMessages: [/frame-ancestors 'none'/] });

  test("another site cannot frame the portal's /admin or /profile, even with the admin's cookies", async ({ page }) => {
    test.setTimeout(120_000);
    await becomeAdmin(page, uniqueEmail("framed-admin"));
    const framingSite = await startFramingSite();
    const refusals: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
    });
    try {
      for (const [path, heading] of [["/admin", "Accounts"], ["/profile", "Your profile"]] as const) {
        const before = refusals.length;
        await page.goto(framingSite.pageFraming(urlOf(portal, path)));
        await expect(page, "the frame finished loading (or being refused)").toHaveTitle("framed");
        await expect.poll(() => refusals.length, { message: `Chromium refused to frame ${path}` }).toBeGreaterThan(before);
        expect(page.frame({ name: "target" })?.url(), "the frame shows the browser's error page instead").not.toContain(path);
        await expect(page.frameLocator("iframe[name=target]").getByRole("heading", { name: heading })).toHaveCount(0);
      }
    } finally {
      await framingSite.close();
    }
  });
});

test("an organizer uploads a cover image and scans at the door with the camera, within the policy", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const email = uniqueEmail("organizer-admin");
    await becomeAdmin(page, email);
    await grantOwnerOf(page, { email, app: eventsApp });
    await openEventsDashboard(page);
    // The "Get paid" page and Stripe's onboarding round trip run within the policy too.
    await setUpPayouts(page, urlOf(eventsApp, "/dashboard/get-paid"));
    await openEventsDashboard(page);
    await createPublishedEvent(page, { title: `CSP Social ${Date.now()}`, ticketName: "Door", price: "10" });

    await uploadCoverImage(page);
    await scanAtTheDoor(page, context);
  } finally {
    await context.close();
  }
});

/** Signs in a new person and makes them an admin; their session learns the role within seconds (longer on a busy fleet). */
async function becomeAdmin(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  grantAdmin(email);
  await expect(async () => expect((await page.goto(urlOf(portal, "/admin")))?.status()).toBe(200)).toPass({ timeout: 30_000 });
  await openAdmin(page);
}

/** The presigned PUT goes from the page to the object store (another origin), then the app shows the thumbnail. */
async function uploadCoverImage(page: Page): Promise<void> {
  const field = page.getByLabel("Cover image");
  await waitForHydration(field);
  await field.setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: coverPng });
  await expect(page.getByRole("status").filter({ hasText: "Image uploaded." })).toBeVisible();
  const preview = page.getByRole("img", { name: "Cover image: current image" });
  await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
}

/** Chromium's fake camera (launch flags of this project) feeds the video; a stand-in detector reads a code from it. */
async function scanAtTheDoor(page: Page, context: BrowserContext): Promise<void> {
  const code = "2222-3333-4444";
  await context.addInitScript(fakeBarcodeDetector, code);
  // A fresh document load, not a client-side navigation: the stand-in detector is in place before the page's scripts.
  const door = await page.getByRole("link", { name: "Door check-in" }).getAttribute("href");
  await page.goto(new URL(door!, page.url()).href);
  await expect(page.getByRole("form", { name: "Check a ticket in" })).toBeVisible();
  const cameraApis = () => ({ secureContext: isSecureContext, mediaDevices: !!navigator.mediaDevices, barcodeDetector: "BarcodeDetector" in window });
  expect(await page.evaluate(cameraApis), `camera APIs on ${page.url()}`).toEqual({ secureContext: true, mediaDevices: true, barcodeDetector: true });
  const scan = page.getByRole("button", { name: "Scan with camera" });
  await waitForHydration(scan);
  await scan.click();
  const video = page.locator("video");
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => !element.paused && element.readyState >= 2)).toBe(true);
  await expect(page.getByRole("status")).toContainText(`${code}:`);
}

