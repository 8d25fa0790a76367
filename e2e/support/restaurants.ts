import { expect, type Page } from "@playwright/test";
import { getApp } from "@stepperslife/manifest";
import { urlOf, waitForHydration } from "./sign-on";

export const restaurantsApp = getApp("restaurants");

/**
 * Opens the restaurants dashboard as someone just made an owner: their session predates the role, so the first
 * visits may be refused (403) until the app's proxy has refreshed it with the portal.
 */
export async function openRestaurantsDashboard(page: Page): Promise<void> {
  await expect(async () => {
    const response = await page.goto(urlOf(restaurantsApp, "/dashboard"));
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 10_000, intervals: [250, 500, 1000] });
  await expect(page.getByRole("heading", { level: 1, name: "Your restaurants" })).toBeVisible();
}

/** In the dashboard: takes over the seeded demo restaurants (the e2e fleet is fresh, so nobody has yet). */
export async function claimDemoRestaurants(page: Page): Promise<void> {
  const claim = page.getByRole("button", { name: "Take over the demo restaurants" });
  await waitForHydration(claim);
  await claim.click();
  await expect(page.getByRole("list", { name: "Your restaurants" }).getByRole("heading", { name: "Soul Kitchen" })).toBeVisible();
}

/** The page is no wider than the screen: nothing makes a phone scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page scrolls sideways by this many pixels").toBeLessThanOrEqual(0);
}
