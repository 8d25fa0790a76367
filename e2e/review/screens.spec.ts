import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { getApp, type AppDefinition } from "@stepperslife/manifest";
import { repoRoot } from "../fleet-under-test";
import { prepareOwnerWorkspace, type OwnerWorkspace } from "../support/owner-workspace";
import { setUpPayouts } from "../support/payouts";
import { claimDemoRestaurants, openRestaurantsDashboard, restaurantsApp } from "../support/restaurants";
import { everyPage } from "../support/page-addresses";
import { signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";
import { addToStoreCart, openStoreCheckout, payOnHostedPage, storeApp } from "../support/store";
import { test, type Page } from "../support/test";

test.describe.configure({ mode: "serial" });

const widths = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };
const screensDir = join(repoRoot, "test-results", "screens");

function fileName(app: AppDefinition, path: string): string {
  const slug = path.replace(/^\//, "").replace(/[^a-zA-Z0-9]+/g, "-").slice(0, 80) || "home";
  return `${app.name}--${slug}.png`;
}

async function shoot(page: Page, folder: string, app: AppDefinition, path: string) {
  await page.goto(urlOf(app, path));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(screensDir, folder, fileName(app, path)), fullPage: true });
}

let workspace: OwnerWorkspace;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  workspace = await prepareOwnerWorkspace(browser, "screens-owner");
  await openRestaurantsDashboard(workspace.page);
  await claimDemoRestaurants(workspace.page);
  // A card payment on the owner's own restaurant, so its payouts page has a row to show.
  const { page, restaurant } = workspace;
  await setUpPayouts(page, urlOf(restaurantsApp, `/dashboard/restaurants/${restaurant.id}/get-paid`));
  await page.goto(urlOf(restaurantsApp, `/r/${restaurant.slug}`));
  const add = page.getByRole("button", { name: "Add Rib plate" });
  await waitForHydration(add);
  await add.click();
  const checkout = page.getByRole("complementary", { name: "Your order" }).getByRole("button", { name: "Checkout" });
  await waitForHydration(checkout);
  await checkout.click();
  await page.getByRole("button", { name: /^Pay \$18\.50/ }).click();
  await page.getByText("Paid online").waitFor();
});

for (const [widthName, viewport] of Object.entries(widths)) {
  test(`every page at ${widthName} width, signed out and as an owner`, async ({ browser }) => {
    const visits = everyPage(workspace);
    const visitor = await browser.newContext({ viewport });
    const visitorPage = await visitor.newPage();
    mkdirSync(join(screensDir, `${widthName}-signed-out`), { recursive: true });
    for (const { app, path } of visits) await shoot(visitorPage, `${widthName}-signed-out`, app, path);
    await visitor.close();

    await workspace.page.setViewportSize(viewport);
    mkdirSync(join(screensDir, `${widthName}-owner`), { recursive: true });
    for (const { app, path } of visits) await shoot(workspace.page, `${widthName}-owner`, app, path);
  });

  test(`the demo restaurant's cart and the demo event's ticket box at ${widthName} width`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const folder = join(screensDir, `${widthName}-journeys`);
    mkdirSync(folder, { recursive: true });
    await page.goto(urlOf(getApp("restaurants"), "/"));
    await page.getByRole("list", { name: "Restaurants" }).getByRole("link", { name: /Soul Kitchen/ }).click();
    await page.getByRole("button", { name: "Add Fried catfish plate" }).click();
    await page.getByRole("button", { name: "Add Collard greens" }).click();
    await page.screenshot({ path: join(folder, "restaurant-after-add.png") });
    await page.getByRole("region", { name: "Cart summary" }).getByRole("button", { name: "View order" }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(folder, "restaurant-cart.png") });

    await page.goto(urlOf(getApp("events"), "/"));
    await page.getByRole("list", { name: "Events" }).getByRole("link").first().click();
    await page.screenshot({ path: join(folder, "event-page.png"), fullPage: true });
    const quantity = page.getByRole("complementary", { name: "Tickets" }).getByRole("combobox").first();
    await quantity.selectOption("2");
    await page.screenshot({ path: join(folder, "event-tickets-chosen.png"), fullPage: true });
    await context.close();
  });

  test(`a store cart across two shops, its payment and the owner's packing list at ${widthName} width`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const folder = join(screensDir, `${widthName}-journeys`);
    mkdirSync(folder, { recursive: true });
    await signIn(page, uniqueEmail(`screens-buyer-${widthName}`));
    await addToStoreCart(page, workspace.store.productSlug);
    await page.goto(urlOf(storeApp, "/"));
    const demoShoe = (await page.getByRole("link", { name: /Glide Oxford/ }).first().getAttribute("href"))!;
    await addToStoreCart(page, demoShoe.split("/").pop()!);
    await page.screenshot({ path: join(folder, "store-product-added.png"), fullPage: true });
    await page.goto(urlOf(storeApp, "/cart"));
    const pay = page.getByRole("button", { name: /^Pay \$/ });
    await waitForHydration(pay);
    await page.screenshot({ path: join(folder, "store-cart-two-shops.png"), fullPage: true });
    await openStoreCheckout(page);
    await page.screenshot({ path: join(folder, "store-hosted-payment.png"), fullPage: true });
    await payOnHostedPage(page);
    await page.screenshot({ path: join(folder, "store-order-paid.png"), fullPage: true });
    await page.goto(urlOf(storeApp, "/orders"));
    await page.screenshot({ path: join(folder, "store-my-purchases.png"), fullPage: true });
    await context.close();

    await workspace.page.setViewportSize(viewport);
    await workspace.page.goto(urlOf(storeApp, `/dashboard/shops/${workspace.store.shopId}/orders`));
    await workspace.page.waitForTimeout(400);
    await workspace.page.screenshot({ path: join(folder, "store-packing-list-paid.png"), fullPage: true });
  });
}
