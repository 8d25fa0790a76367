import { expect, test } from "../support/test";
import { grantOwnerOf } from "../support/admin";
import { createPublishedEvent, eventsApp, openEventsDashboard } from "../support/events";
import { grantAdmin, signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";
import { expectLoaded, uploadImage } from "../support/upload-image";

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
    await quantity.selectOption("2");
    const tickets = buyerPage.getByRole("complementary", { name: "Tickets" });
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
  } finally {
    await Promise.all([adminContext.close(), organizerContext.close(), buyerContext.close()]);
  }
});
