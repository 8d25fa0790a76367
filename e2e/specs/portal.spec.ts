import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test, type Page } from "../support/test";
import { getApp, verticals } from "@stepperslife/manifest";
import { fleetEnv, loopbackUrl, publicUrl } from "../fleet-under-test";
import { signIn, uniqueEmail, urlOf } from "../support/sign-on";

// The portal shows the six verticals live: these run against the e2e fleet with the verticals' demo data.
const portal = getApp("main");
const restaurants = getApp("restaurants");
const events = getApp("events");
const pm2 = createRequire(import.meta.url).resolve("pm2/bin/pm2");

test.use({ baseURL: publicUrl(portal) });
test.describe.configure({ mode: "serial" });

const section = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

test("the home page shows a section per vertical, with restaurant cards linking to the restaurants subdomain", async ({ page }) => {
  await page.goto("/");
  for (const vertical of verticals) await expect(page.locator(`section[data-app="${vertical.name}"]`)).toHaveCount(1);
  const listed = section(page, "Restaurants");
  const cards = listed.getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  const href = await cards.first().getByRole("link").getAttribute("href");
  expect(new URL(href ?? "").origin).toBe(publicUrl(restaurants));
  await expect(page.locator(`section[data-app="${restaurants.name}"]`)).toHaveAttribute("data-status", "ok");
  // Closed kitchens are listed too (pickup can be ordered ahead), so no heading may promise they are open; each card says.
  await expect(page.getByRole("heading", { name: /open now/i })).toHaveCount(0);
  for (const card of await cards.all()) await expect(card).toContainText(/Open now|Closed today|Today /);
  // Response times are for operators (/status), not for visitors.
  expect(await page.getByRole("main").textContent()).not.toMatch(/\d+\s?ms\b/);
});

test("search finds a restaurant by name and its link opens on the restaurants subdomain", async ({ page }) => {
  await page.goto("/");
  const name = (await section(page, "Restaurants").getByRole("listitem").first().getByRole("heading").textContent())?.trim() ?? "";
  expect(name).not.toBe("");

  await page.getByRole("searchbox", { name: "Search SteppersLife" }).fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  const found = section(page, "Restaurants").getByRole("link", { name, exact: true });
  await expect(found.first()).toBeVisible();
  // The apps without matches share one line instead of a heading each.
  await expect(page.getByTestId("apps-without-matches")).toContainText(/No matches in .*Store/);
  await expect(page.locator(`section[data-app="store"]`)).toHaveCount(0);
  await found.first().click();
  await expect(page).toHaveURL((url) => url.origin === publicUrl(restaurants));
});

test("search explains a blank query and keeps the box", async ({ page }) => {
  await page.goto("/search?q=%20%20");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Type what you're looking for");
  await expect(page.getByRole("searchbox", { name: "Search SteppersLife" })).toBeVisible();
});

test("my activity sends signed-out visitors to sign in, and shows every app once signed in", async ({ page }) => {
  await page.goto("/activity");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await signIn(page, uniqueEmail("activity"));
  await page.goto(urlOf(portal, "/activity"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My activity");
  for (const vertical of verticals) await expect(page.locator(`section[data-app="${vertical.name}"]`)).toHaveAttribute("data-status", "ok");
});

test("the status page lists every app with how it answered", async ({ page }) => {
  await page.goto("/status");
  for (const vertical of verticals) {
    await expect(page.locator(`tr[data-app="${vertical.name}"]`)).toContainText(/Live\s*\d+ ms/);
  }
});

test("with one app stopped the home page still answers, that section marked, and recovers when it is back", async ({ page }) => {
  const pm2Command = (command: "stop" | "start") => spawnSync(process.execPath, [pm2, command, events.name], { env: fleetEnv, stdio: "ignore" });
  pm2Command("stop");
  try {
    const started = Date.now();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    const eventsSection = page.locator(`section[data-app="${events.name}"]`);
    // Events answered earlier in this run, so the portal shows that answer marked stale; without one, unavailable.
    await expect(eventsSection).toHaveAttribute("data-status", /^(stale|unavailable)$/);
    await expect(eventsSection.getByRole("status")).toContainText(/may be out of date|temporarily unavailable/);
    await expect(page.getByRole("complementary", { name: "Live status of the apps" })).toContainText(/Events.* answering right now/);
    await expect(section(page, "Restaurants").getByRole("listitem").first()).toBeVisible();
    await expect(page.locator(`section[data-app="${restaurants.name}"]`)).toHaveAttribute("data-status", "ok");
  } finally {
    pm2Command("start");
  }
  await expect
    .poll(async () => (await fetch(loopbackUrl(events, "/api/health")).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
  await page.goto("/");
  await expect(page.locator(`section[data-app="${events.name}"]`)).toHaveAttribute("data-status", "ok");
});
