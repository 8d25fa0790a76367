import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { getApp, verticals, type AppDefinition } from "@stepperslife/manifest";
import { grantOwnerOf } from "./admin";
import { createPublishedEvent, openEventsDashboard } from "./events";
import { openRestaurantsDashboard } from "./restaurants";
import { prepareStoreWorkspace, type StoreWorkspace } from "./store-workspace";
import { grantAdmin, signIn, uniqueEmail, urlOf } from "./sign-on";

/**
 * One person who is an admin and an owner of every vertical, with things of their own to look at: a restaurant open
 * around the clock with a dish and one order of theirs, a second restaurant without sales, and a published event
 * with a free ticket they hold, and a store shop with a published product and an order. Made through the apps' own routes (no demo takeover: the journeys' owners take those).
 */
export interface OwnerWorkspace {
  context: BrowserContext;
  page: Page;
  email: string;
  restaurant: { id: string; slug: string; orderId: string; orderCents: number };
  quietRestaurant: { id: string };
  event: { id: string; slug: string; orderId: string };
  store: StoreWorkspace;
}

/** A JSON request from a page of `app` (its own origin, so its session cookie and policy apply as in the app). */
export async function callApi<T>(page: Page, app: AppDefinition, path: string, method = "GET", body?: unknown): Promise<T> {
  if (!page.url().startsWith(urlOf(app, "/"))) await page.goto(urlOf(app, "/"));
  const answer = await page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { path, method, body },
  );
  expect(answer.status, `${app.name} ${method} ${path}: ${answer.text.slice(0, 300)}`).toBeLessThan(300);
  return JSON.parse(answer.text) as T;
}

const restaurantsApp = getApp("restaurants");
const eventsApp = getApp("events");
// Open every day from midnight to midnight (a closing time at the opening time means after midnight).
const allDay = Array.from({ length: 7 }, (_, weekday) => ({ weekday, opens: "00:00", closes: "00:00" }));

async function createRestaurant(page: Page, name: string) {
  const body = {
    name, description: "Made by the phone-width test.", cuisine: "BBQ", phone: null, street: "1 Test Ave", city: "Chicago",
    region: "IL", postalCode: "60601", timeZone: "America/Chicago", prepMinutes: 10, hours: allDay,
  };
  const { restaurant } = await callApi<{ restaurant: { id: string; slug: string } }>(page, restaurantsApp, "/api/owner/restaurants", "POST", body);
  return restaurant;
}

export async function prepareOwnerWorkspace(browser: Browser, label: string): Promise<OwnerWorkspace> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await signIn(page, email);
  grantAdmin(email);
  for (const app of verticals) await grantOwnerOf(page, { email, app });
  await openRestaurantsDashboard(page);

  const tag = email.split("@")[0]!.split("-").at(-1)!;
  const { id: restaurantId, slug } = await createRestaurant(page, `Phone Grill ${tag}`);
  const quiet = await createRestaurant(page, `Quiet Grill ${tag}`);
  const { category } = await callApi<{ category: { id: string } }>(page, restaurantsApp, `/api/owner/restaurants/${restaurantId}/categories`, "POST", { name: "Plates" });
  await callApi(page, restaurantsApp, "/api/owner/items", "POST", { categoryId: category.id, name: "Rib plate", priceCents: 1_850 });
  const menu = await callApi<{ restaurant: { menu: { items: { id: string }[] }[]; pickupSlots: string[] } }>(page, restaurantsApp, `/api/restaurants/${slug}`);
  const order = await callApi<{ order: { id: string; totalCents: number } }>(page, restaurantsApp, "/api/orders", "POST", {
    restaurantId,
    items: [{ menuItemId: menu.restaurant.menu[0]!.items[0]!.id, quantity: 2 }],
    pickupAt: menu.restaurant.pickupSlots[0],
    paymentMethod: "pay_at_pickup",
  });

  await openEventsDashboard(page);
  const eventPath = await createPublishedEvent(page, { title: `Phone Social ${tag}`, ticketName: "Volunteer", price: "0" });
  const eventSlug = eventPath.split("/").at(-1)!;
  const { event } = await callApi<{ event: { id: string; ticketTypes: { id: string }[] } }>(page, eventsApp, `/api/events/${eventSlug}`);
  const ticketOrder = await callApi<{ order: { id: string } }>(page, eventsApp, "/api/orders", "POST", {
    eventId: event.id,
    lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }],
  });

  const store = await prepareStoreWorkspace(page, { tag, callApi });

  return {
    context,
    page,
    email,
    restaurant: { id: restaurantId, slug, orderId: order.order.id, orderCents: order.order.totalCents },
    quietRestaurant: { id: quiet.id },
    event: { id: event.id, slug: eventSlug, orderId: ticketOrder.order.id },
    store,
  };
}
