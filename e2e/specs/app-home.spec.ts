import { expect, test } from "../support/test";
import { getApp, verticals } from "@stepperslife/manifest";
import { publicUrl } from "../fleet-under-test";

// Runs once per app project (see playwright.config.ts): the project name is the app under test.
const appUnderTest = () => getApp(test.info().project.name);

test("the home page introduces the app and links across the fleet", async ({ page }) => {
  const app = appUnderTest();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(new RegExp(app.title));
  if (app.name !== "main") await expect(page.getByRole("heading", { level: 1 })).toHaveText(app.title);
  await expect(page.getByText(app.description).first()).toBeVisible();

  const nav = page.getByRole("navigation", { name: "SteppersLife apps", exact: true });
  for (const vertical of verticals) {
    await expect(nav.getByRole("link", { name: vertical.title, exact: true })).toHaveAttribute("href", publicUrl(vertical));
  }
  await page.getByRole("link", { name: "SteppersLife" }).first().click();
  await expect(page).toHaveURL(`${publicUrl(getApp("main"))}/`);
});

test("an unknown page answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /SteppersLife/ }).first()).toBeVisible();
});

test("health reports ok with the checks this app has", async ({ request }) => {
  const app = appUnderTest();
  const response = await request.get(`http://127.0.0.1:${app.port}/api/health`);
  expect(response.status()).toBe(200);
  const expectedChecks = app.storage ? { database: "ok", storage: "ok" } : { database: "ok" };
  expect(await response.json()).toEqual({ status: "ok", checks: expectedChecks, version: expect.any(String) });
});
