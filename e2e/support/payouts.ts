import { expect, type Page } from "@playwright/test";
import { waitForHydration } from "./sign-on";

/**
 * An owner sets up payouts the way they would with Stripe: the "Get paid" page's form (country, kind of business),
 * Stripe's hosted onboarding (the local stand-in's page), and back to the vertical's page, which says payouts are on.
 */
export async function setUpPayouts(page: Page, getPaidUrl: string): Promise<void> {
  await page.goto(getPaidUrl);
  const start = page.getByRole("button", { name: "Set up payouts with Stripe" });
  await waitForHydration(start);
  await page.getByRole("combobox", { name: "Country of the business" }).selectOption("US");
  await page.getByRole("radio", { name: /^A company/ }).check();
  await start.click();
  await expect(page.getByRole("heading", { level: 1, name: /^Test onboarding for acct_/ })).toBeVisible();
  await page.getByRole("button", { name: "Complete onboarding" }).click();
  await expect(page).toHaveURL(/[?&]onboarding=returned/);
  await expect(page.getByRole("region", { name: "Payout account" }).getByRole("status")).toHaveText("Payouts are on");
}
