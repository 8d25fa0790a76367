import { expect, type Page } from "@playwright/test";
import { getApp } from "@stepperslife/manifest";
import { urlOf, waitForHydration } from "./sign-on";

export const storeApp = getApp("store");

/** Puts a product in the cart from its page (one, in the preselected size and colour, or as chosen). */
export async function addToStoreCart(page: Page, productSlug: string, choice: { size?: string; colour?: string; quantity?: number } = {}) {
  await page.goto(urlOf(storeApp, `/p/${productSlug}`));
  const add = page.getByRole("button", { name: "Add to cart" });
  await waitForHydration(add);
  if (choice.size) await page.getByRole("radio", { name: choice.size, exact: true }).check();
  if (choice.colour) await page.getByRole("radio", { name: choice.colour, exact: true }).check();
  if (choice.quantity) await page.getByRole("spinbutton", { name: "Quantity" }).fill(String(choice.quantity));
  await add.click();
  await expect(page.getByRole("status").filter({ hasText: "to your cart" })).toBeVisible();
}

/** From the cart to the stand-in's hosted page (the shipping address prefilled there). Returns when the page is open. */
export async function openStoreCheckout(page: Page) {
  await page.goto(urlOf(storeApp, "/cart"));
  const pay = page.getByRole("button", { name: /^Pay \$/ });
  await waitForHydration(pay);
  await pay.click();
  await page.locator("#pay").waitFor();
}

/** Pays on the hosted page and waits for the store's order page to say so. */
export async function payOnHostedPage(page: Page) {
  await page.locator("#pay").click();
  await page.waitForURL((url) => url.href.startsWith(urlOf(storeApp, "/orders/")));
  await expect(page.getByText(/paid/i).first()).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}
