import { expect, type Page } from "@playwright/test";
import { getApp } from "@stepperslife/manifest";
import { urlOf, waitForHydration } from "./sign-on";

export const eventsApp = getApp("events");

/**
 * Opens the events dashboard as someone just made an organizer (owner of Events): their session predates the role,
 * so the first visits may be refused (403) until the app's proxy has refreshed it with the portal.
 */
export async function openEventsDashboard(page: Page): Promise<void> {
  await expect(async () => {
    const response = await page.goto(urlOf(eventsApp, "/dashboard"));
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 10_000, intervals: [250, 500, 1000] });
  await expect(page.getByRole("heading", { level: 1, name: "Your events" })).toBeVisible();
}

/** In the dashboard: creates an event a week from now with one ticket type, publishes it, returns its public path. */
export async function createPublishedEvent(page: Page, { title, ticketName, price }: { title: string; ticketName: string; price: string }): Promise<string> {
  await page.getByRole("link", { name: "New event" }).click();
  const form = page.getByRole("form", { name: "Event details" });
  await waitForHydration(form.getByRole("button", { name: "Create draft" }));
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await form.getByRole("textbox", { name: "Title" }).fill(title);
  await form.getByRole("textbox", { name: "Description" }).fill("A test social, end to end.");
  await form.getByRole("textbox", { name: "Venue" }).fill("E2E Ballroom");
  await form.getByRole("textbox", { name: "Address" }).fill("1 Test Ave");
  await form.getByRole("textbox", { name: "City" }).fill("Chicago");
  await form.getByLabel("Starts (local time)").fill(`${day}T20:00`);
  await form.getByLabel("Ends (local time)").fill(`${day}T23:30`);
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const addType = page.getByRole("form", { name: "Add a ticket type" });
  await waitForHydration(addType.getByRole("button", { name: "Add ticket type" }));
  await addType.getByRole("textbox", { name: "Name" }).fill(ticketName);
  await addType.getByRole("spinbutton", { name: "Price ($)" }).fill(price);
  await addType.getByRole("spinbutton", { name: "Capacity" }).fill("20");
  await addType.getByRole("button", { name: "Add ticket type" }).click();
  await expect(page.getByRole("cell", { name: ticketName, exact: true })).toBeVisible();
  const publish = page.getByRole("button", { name: "Publish" });
  await waitForHydration(publish);
  await publish.click();
  const publicLink = page.getByRole("link", { name: "Public page" });
  await expect(publicLink).toBeVisible();
  return (await publicLink.getAttribute("href")) ?? "";
}
