import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { getApp } from "@stepperslife/manifest";
import { repoRoot } from "../fleet-under-test";
import { setUpPayouts } from "./payouts";
import { urlOf, waitForHydration } from "./sign-on";

/** A store shop of the workspace's owner: a published product with one photo, payouts on, and one order of theirs. */
export interface StoreWorkspace {
  shopId: string;
  shopSlug: string;
  productId: string;
  productSlug: string;
  orderId: string;
}

const storeApp = getApp("store");
const photo = readFileSync(join(repoRoot, "apps/store/prisma/demo-images/shoes-glide-oxford-black.jpg"));

type CallApi = <T>(page: Page, app: typeof storeApp, path: string, method?: string, body?: unknown) => Promise<T>;

/** Made through the store's own owner routes and pages, as an owner would (the photo through the product page's upload). */
export async function prepareStoreWorkspace(page: Page, { tag, callApi }: { tag: string; callApi: CallApi }): Promise<StoreWorkspace> {
  const { shop } = await callApi<{ shop: { id: string; slug: string } }>(page, storeApp, "/api/owner/shops", "POST", {
    name: `Phone Shop ${tag}`,
    city: "Chicago",
    region: "IL",
    timeZone: "America/Chicago",
  });
  const { product } = await callApi<{ product: { id: string; slug: string } }>(page, storeApp, `/api/owner/shops/${shop.id}/products`, "POST", {
    name: `Phone Glide ${tag}`,
    description: "Made by the phone-width test.",
    category: "shoes",
  });
  const { variants } = await callApi<{ variants: { id: string }[] }>(page, storeApp, `/api/owner/products/${product.id}/variants`, "PUT", {
    variants: [
      { size: "9", colour: "Black", sku: `PH-${tag}-9`, priceCents: 9_500, stock: 5 },
      { size: "10", colour: "Black", sku: `PH-${tag}-10`, priceCents: 9_500, stock: 5 },
    ],
  });
  await page.goto(urlOf(storeApp, `/dashboard/shops/${shop.id}/products/${product.id}`));
  const field = page.getByLabel("Add a photo", { exact: true });
  await waitForHydration(field);
  await field.setInputFiles({ name: "glide.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("button", { name: "Delete photo 1" })).toBeVisible();
  await callApi(page, storeApp, `/api/owner/products/${product.id}/published`, "PUT", { published: true });
  await setUpPayouts(page, urlOf(storeApp, `/dashboard/shops/${shop.id}/get-paid`));
  // Placed, not paid: the order page shows it awaiting payment, which is a page like any other.
  const { order } = await callApi<{ order: { id: string } }>(page, storeApp, "/api/orders", "POST", { lines: [{ variantId: variants[0]!.id, quantity: 1 }] });
  return { shopId: shop.id, shopSlug: shop.slug, productId: product.id, productSlug: product.slug, orderId: order.id };
}
