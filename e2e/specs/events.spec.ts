import { expect, test, type Page } from "../support/test";
import { grantOwnerOf } from "../support/admin";
import { createPublishedEvent, eventsApp, openEventsDashboard } from "../support/events";
import { setUpPayouts } from "../support/payouts";
import { grantAdmin, portal, signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";
import { expectLoaded, uploadImage } from "../support/upload-image";
import { loopbackUrl } from "../fleet-under-test";

test("a buyer pays for two tickets and sees their QR codes; the organizer checks one in once and sees it on the attendee list", async ({ browser }) => {
  test.setTimeout(180_000);
  const [adminEmail, organizerEmail, buyerEmail] = [uniqueEmail("admin"), uniqueEmail("organizer"), uniqueEmail("buyer")];
  const [adminContext, organizerContext, buyerContext] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  try {
    // An admin makes the organizer an owner of Events; the organizer creates and publishes an event.
    const organizerPage = await organizerContext.newPage();
    await signIn(organizerPage, organizerEmail);
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, adminEmail);
    grantAdmin(adminEmail);
    await grantOwnerOf(adminPage, { email: organizerEmail, app: eventsApp });
    await openEventsDashboard(organizerPage);
    // Ticket money goes to the organizer's own account: they set up payouts with Stripe before selling paid tickets.
    await setUpPayouts(organizerPage, urlOf(eventsApp, "/dashboard/get-paid"));
    await openEventsDashboard(organizerPage);
    const title = `E2E Social ${Date.now()}`;
    const eventPath = await createPublishedEvent(organizerPage, { title, ticketName: "General admission", price: "15" });
    // It gets a cover photo, uploaded from the browser straight to the object store with a progress bar.
    const cover = await uploadImage(organizerPage, { label: "Cover image" });

    // The buyer finds it in the calendar, picks two tickets and pays on Stripe's stand-in.
    const buyerPage = await buyerContext.newPage();
    await signIn(buyerPage, buyerEmail);
    await buyerPage.goto(urlOf(eventsApp, `/?q=${encodeURIComponent(title)}`));
    await buyerPage.getByRole("list", { name: "Events" }).getByRole("link", { name: new RegExp(title) }).click();
    await expect(buyerPage).toHaveURL(new RegExp(`${eventPath}$`));
    await expect(buyerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const publicCover = buyerPage.locator("img.ev-cover");
    await expect(publicCover).toHaveAttribute("src", cover.replace("w=640", "w=1280"));
    await expectLoaded(publicCover);
    const quantity = buyerPage.getByRole("combobox", { name: "Quantity of General admission" });
    await waitForHydration(quantity);
    const tickets = buyerPage.getByRole("complementary", { name: "Tickets" });
    // Nothing chosen yet on a paid event: no "Free" total, and the button asks for a choice.
    await expect(tickets).toContainText("Choose how many tickets you want above.");
    await expect(tickets).not.toContainText("Free");
    await expect(tickets.getByRole("button", { name: "Choose tickets" })).toBeDisabled();
    await quantity.selectOption("2");
    await expect(tickets).toContainText("2 tickets");
    await expect(tickets).toContainText("Total $30.00");
    await tickets.getByRole("button", { name: "Checkout" }).click();
    await expect(buyerPage.getByRole("heading", { name: "Test checkout" })).toBeVisible();
    await buyerPage.getByRole("button", { name: /^Pay \$30\.00/ }).click();
    await expect(buyerPage).toHaveURL(/\/orders\/[0-9a-f-]{36}/);
    await expect(buyerPage.getByRole("status").filter({ hasText: "Your tickets are ready" })).toBeVisible();
    const issued = buyerPage.getByRole("list", { name: "Tickets" }).getByRole("listitem");
    await expect(issued).toHaveCount(2);
    await expect(issued.first().getByRole("img", { name: /^QR code for ticket / }).locator("svg")).toBeVisible();
    const code = (await issued.first().locator(".ev-code").textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const orderUrl = buyerPage.url().split("?")[0]!;

    // "My tickets" lists the order with its event, date on the venue's clock, venue and the way back to the QR codes.
    await buyerPage.goto(urlOf(eventsApp, "/tickets"));
    const order = buyerPage.getByRole("region", { name: "Upcoming" }).getByRole("listitem").filter({ hasText: title });
    await expect(order.getByRole("link", { name: title })).toHaveAttribute("href", eventPath);
    await expect(order).toContainText(/[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, 8:00 PM C[SD]T/);
    await expect(order).toContainText("E2E Ballroom · Chicago");
    await expect(order).toContainText("2 tickets: 2 × General admission");
    await expect(order).toContainText("Tickets issued");
    await order.getByRole("link", { name: "Show tickets and QR codes" }).click();
    await expect(buyerPage).toHaveURL(orderUrl);
    await expect(buyerPage.getByRole("list", { name: "Tickets" }).getByRole("listitem")).toHaveCount(2);

    // The organizer checks that ticket in at the door; a second try is refused with when.
    await openEventsDashboard(organizerPage);
    await organizerPage.getByRole("link", { name: title }).click();
    await organizerPage.getByRole("link", { name: "Door check-in" }).click();
    const door = organizerPage.getByRole("form", { name: "Check a ticket in" });
    await waitForHydration(door.getByRole("button", { name: "Check in" }));
    await door.getByRole("textbox", { name: "Ticket code" }).fill(code.toLowerCase());
    await door.getByRole("button", { name: "Check in" }).click();
    await expect(organizerPage.getByRole("status").filter({ hasText: "Welcome in" })).toContainText(`Welcome in: ${code} · General admission`);
    await door.getByRole("textbox", { name: "Ticket code" }).fill(code);
    await door.getByRole("button", { name: "Check in" }).click();
    await expect(organizerPage.getByRole("status").filter({ hasText: "Already checked in" })).toContainText(`${code}: Already checked in`);

    // The attendee list shows it checked in, the other ticket not.
    await organizerPage.getByRole("link", { name: "Attendees" }).click();
    await expect(organizerPage.getByRole("status").filter({ hasText: "tickets" })).toHaveText("2 tickets · 1 checked in");
    await expect(organizerPage.getByRole("row", { name: new RegExp(code) })).toContainText("checked in");
    await expect(organizerPage.getByRole("row").filter({ hasText: "not checked in" })).toHaveCount(1);

    // At phone width neither the attendee list nor the event's admin page scrolls sideways.
    await organizerPage.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(organizerPage);
    await organizerPage.getByRole("link", { name: "Details & tickets" }).click();
    await expect(organizerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoSidewaysScroll(organizerPage);
  } finally {
    await Promise.all([adminContext.close(), organizerContext.close(), buyerContext.close()]);
  }
});

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} is no wider than the screen`).toBe(0);
}

test("a paid-only event's ticket box prices nothing until tickets are chosen", async ({ page, request }) => {
  const { events } = (await (await request.get(loopbackUrl(eventsApp, "/api/events"))).json()) as { events: { slug: string; fromPriceCents: number | null }[] };
  const paid = events.find((event) => event.slug === "footwork-fundamentals-workshop");
  expect(paid?.fromPriceCents, "the demo workshop sells paid tickets only").toBeGreaterThan(0);
  await page.goto(urlOf(eventsApp, `/e/${paid!.slug}`));
  const tickets = page.getByRole("complementary", { name: "Tickets" });
  await waitForHydration(tickets.getByRole("combobox").first());
  await expect(tickets).not.toContainText("Free");
  await expect(tickets).toContainText("Choose how many tickets you want above.");
  const single = tickets.getByRole("combobox", { name: "Quantity of Single" });
  await single.selectOption("1");
  await expect(tickets).toContainText("1 ticket · Total $35.00");
  await single.selectOption("0");
  await expect(tickets).toContainText("Choose how many tickets you want above.");
});

test("the portal's event cards tell the date once, on the venue's clock", async ({ page, request }) => {
  const { items } = (await (await request.get(loopbackUrl(eventsApp, "/api/feed"))).json()) as {
    items: { id: string; title: string; summary: string; startsAt: string; timeZone?: string | null }[];
  };
  expect(items.length, "the demo events are in the feed").toBeGreaterThan(0);
  for (const item of items) expect(item.summary, item.id).not.toMatch(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d|\d:\d\d [AP]M/);
  const workshop = items.find((item) => item.id === "footwork-fundamentals-workshop");
  expect(workshop).toMatchObject({ timeZone: "America/Detroit", summary: "Motor City Dance Studio, Detroit" });

  // The Detroit workshop's card says Detroit's time (EST/EDT), as its own page does, not the portal's Chicago clock.
  await page.goto(urlOf(portal, "/"));
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: workshop!.title }) });
  const detroitTime = new Intl.DateTimeFormat("en-US", { timeZone: "America/Detroit", hour: "numeric", minute: "2-digit" }).format(new Date(workshop!.startsAt));
  await expect(card.locator("time")).toHaveText(new RegExp(`${detroitTime} E[SD]T$`));
});

test("an event's times are the venue's, labelled so, with the reader's own clock beside them only when it differs", async ({ browser, request }) => {
  const { events } = (await (await request.get(loopbackUrl(eventsApp, "/api/events"))).json()) as { events: { slug: string; timeZone: string }[] };
  const detroit = events.find((event) => event.timeZone === "America/Detroit");
  expect(detroit, "a demo event at a venue on Eastern time").toBeDefined();
  for (const [timezoneId, differs] of [["America/Chicago", true], ["America/Detroit", false]] as const) {
    const context = await browser.newContext({ timezoneId });
    try {
      const page = await context.newPage();
      await page.goto(urlOf(eventsApp, `/e/${detroit!.slug}`));
      const starts = page.locator("dd").filter({ hasText: "local time at the venue" }).first();
      await expect(starts).toContainText(/E[SD]T, local time at the venue/);
      if (differs) await expect(starts).toContainText(/C[SD]T your time/);
      else {
        await waitForHydration(page.getByRole("link", { name: "Sign in to buy tickets" }));
        await expect(starts).not.toContainText("your time");
      }
    } finally {
      await context.close();
    }
  }
});
