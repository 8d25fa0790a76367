import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { repoRoot } from "../fleet-under-test";
import { waitForHydration } from "./sign-on";

/** A real JPEG (one of the restaurants' demo photos), as a person would pick it from their files. */
const photo = readFileSync(join(repoRoot, "apps/restaurants/prisma/demo-images/greens-cover.jpg"));

/**
 * In an ImageUploadField: picks a photo and waits until the app has confirmed it. The PUT to the object store is
 * held until the progress bar shows, so the bar is seen (a loopback upload is over in a blink), then let through.
 * Returns the confirmed image's address (`/api/images/images/…`), as the preview shows it.
 */
export async function uploadImage(page: Page, { label }: { label: string }): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  await waitForHydration(field);
  const progress = page.getByRole("progressbar", { name: `Uploading ${label}` });
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // Only the presigned PUT: the CORS preflight and everything else go through untouched.
  await page.route(/\/uploads\//, async (route) => {
    if (route.request().method() === "PUT") await released;
    await route.continue();
  });
  try {
    await field.setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: photo });
    await expect(progress).toBeVisible();
    release();
    await expect(page.getByRole("status").filter({ hasText: "Image uploaded." })).toBeVisible();
  } finally {
    release();
    await page.unroute(/\/uploads\//);
  }
  await expect(progress).toHaveCount(0);
  const preview = page.getByRole("img", { name: `${label}: current image` });
  await expectLoaded(preview);
  const src = (await preview.getAttribute("src")) ?? "";
  expect(src).toMatch(/^\/api\/images\/images\/[a-z0-9/-]+\.jpg\?w=\d+$/);
  return src;
}

/** An <img> that the browser fetched and decoded. */
export async function expectLoaded(image: Locator): Promise<void> {
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
}
