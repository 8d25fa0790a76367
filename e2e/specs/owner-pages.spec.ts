import { fleet, getApp } from "@stepperslife/manifest";
import { prepareOwnerWorkspace, type OwnerWorkspace } from "../support/owner-workspace";
import { openAccountMenu, urlOf } from "../support/sign-on";
import { expect, test } from "../support/test";

// The account menu's own pages on every app, and the owner's sales chart and tools as the owner sees them.
test.describe.configure({ mode: "serial" });

const [portalApp, restaurantsApp, eventsApp] = [getApp("main"), getApp("restaurants"), getApp("events")];
let workspace: OwnerWorkspace;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  workspace = await prepareOwnerWorkspace(browser, "pages-owner");
});

test.afterAll(async () => {
  await workspace?.context.close();
});

test("every app's account menu leads to My activity, My orders, My tickets and My purchases", async () => {
  const { page } = workspace;
  const expected = [
    { name: "My activity", href: urlOf(portalApp, "/activity") },
    { name: "My orders", href: urlOf(restaurantsApp, "/orders") },
    { name: "My tickets", href: urlOf(eventsApp, "/tickets") },
    { name: "My purchases", href: urlOf(getApp("store"), "/orders") },
  ];
  for (const app of fleet.apps) {
    await page.goto(urlOf(app, "/"));
    const menu = await openAccountMenu(page);
    for (const link of expected) {
      await expect(menu.getByRole("link", { name: link.name, exact: true }), `${link.name} on ${app.name}`).toHaveAttribute("href", link.href);
    }
  }
  // Followed from another app, each opens for the signed-in person (still signed in there).
  for (const link of expected) {
    await page.goto(urlOf(getApp("store"), "/"));
    const menu = await openAccountMenu(page);
    await menu.getByRole("link", { name: link.name, exact: true }).click();
    await expect(page).toHaveURL(link.href);
    await expect(page.getByRole("banner").getByRole("group", { name: "Your account" })).toBeVisible();
  }
});

test("the sales chart shows a scale, day labels, each day's amount, the period's total in words and an empty state", async () => {
  const { page, restaurant, quietRestaurant } = workspace;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(urlOf(restaurantsApp, `/dashboard/restaurants/${restaurant.id}/sales`));
  await expect(page.getByRole("navigation", { name: /^Manage / }).getByRole("link", { name: "Sales" })).toHaveAttribute("aria-current", "page");

  // One order of two $18.50 plates today: "1 order", never "1 orders".
  expect(restaurant.orderCents).toBe(3_700);
  const chart = page.locator("figure.sl-chart");
  await expect(chart.getByText(/^Total for the last 30 days:/)).toHaveText("Total for the last 30 days: $37.00 from 1 order");
  const bars = chart.getByRole("list", { name: /^Revenue per day, / });
  await expect(bars.getByRole("listitem")).toHaveCount(30);
  await expect(bars.getByRole("listitem").last()).toContainText("$37.00, 1 order");
  await expect(bars.getByRole("listitem").first()).toContainText(": no sales");
  // The amount stands on its bar; the scale runs from $0 to just above the best day in whole steps.
  await expect(chart.locator(".sl-chart__value")).toHaveText(["$37.00"]);
  await expect(chart.locator(".sl-chart__ticks li")).toHaveText(["$0", "$10", "$20", "$30", "$40"]);
  await expect(chart.locator(".sl-chart__label")).not.toHaveCount(0);
  await expect(chart.locator(".sl-chart__label").last()).toBeVisible();
  const fits = await chart.evaluate((figure) => figure.getBoundingClientRect().right <= document.documentElement.clientWidth);
  expect(fits, "the chart fits a phone's width").toBe(true);

  await page.goto(urlOf(restaurantsApp, `/dashboard/restaurants/${quietRestaurant.id}/sales`));
  await expect(page.locator("figure.sl-chart")).toContainText("No sales in the last 30 days.");
  await expect(page.getByRole("list", { name: /^Revenue per day/ })).toHaveCount(0);
});

test("the owner's forms use the shared controls: the add-dish form is styled like every other field", async () => {
  const { page, restaurant } = workspace;
  await page.goto(urlOf(restaurantsApp, `/dashboard/restaurants/${restaurant.id}/menu`));
  const addDish = page.getByRole("form", { name: "Add a dish to Plates" });
  const look = (name: string) =>
    addDish.getByRole(name === "Add dish" ? "button" : "textbox", { name, exact: true }).evaluate((element) => {
      const style = getComputedStyle(element);
      return { radius: style.borderTopLeftRadius, height: Math.round(element.getBoundingClientRect().height) };
    });
  const field = await look("Dish name");
  expect(field.radius, "the dish name box has the shared rounded border").toBe("10px");
  expect(Math.abs(field.height - (await look("Add dish")).height), "the box and its button line up").toBeLessThanOrEqual(2);
});

test("an event's owner pages have the restaurants' tabs and say which event, and its clock in words", async () => {
  const { page, event } = workspace;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(urlOf(eventsApp, `/dashboard/events/${event.id}/sales`));
  await expect(page.getByRole("heading", { level: 1, name: /^Sales of Phone Social / })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: /^Manage Phone Social / });
  await expect(tabs.getByRole("link", { name: "Sales" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "All your events" })).toHaveAttribute("href", "/dashboard");
  // The same tab bar as a restaurant's (one shared component), above the page's own content, below its title.
  await expect(tabs).toHaveClass(/sl-tabbar/);
  await expect(page.getByRole("heading", { name: "Revenue per day (Central Time)" })).toBeVisible();
  await tabs.getByRole("link", { name: "Attendees" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Attendees of Phone Social / })).toBeVisible();
});
