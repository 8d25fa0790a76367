import { expect, test } from "../support/test";
import { grantOwnerOf } from "../support/admin";
import { messagesTo } from "../support/mail-sink";
import { setUpPayouts } from "../support/payouts";
import { claimDemoRestaurants, expectNoSidewaysScroll, openRestaurantsDashboard, restaurantsApp } from "../support/restaurants";
import { expectLoaded, uploadImage } from "../support/upload-image";
import { grantAdmin, portal, signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";

const phone = { width: 390, height: 844 };

test("a customer orders and pays; the owner works the order on the board; the customer sees it ready", async ({ browser }) => {
  test.setTimeout(180_000);
  const [adminEmail, ownerEmail, customerEmail] = [uniqueEmail("admin"), uniqueEmail("owner"), uniqueEmail("customer")];
  const [adminContext, ownerContext, customerContext] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  try {
    // An admin makes the owner an owner of Restaurants; the owner takes over the demo restaurants.
    const ownerPage = await ownerContext.newPage();
    await signIn(ownerPage, ownerEmail);
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, adminEmail);
    grantAdmin(adminEmail);
    await grantOwnerOf(adminPage, { email: ownerEmail, app: restaurantsApp });
    await openRestaurantsDashboard(ownerPage);
    await claimDemoRestaurants(ownerPage);

    // The owner gives Soul Kitchen a new cover photo through the browser (straight to the object store, with a progress bar).
    const ownRestaurants = ownerPage.getByRole("list", { name: "Your restaurants" });
    await ownRestaurants.getByRole("listitem").filter({ hasText: "Soul Kitchen" }).getByRole("link", { name: "Profile & hours" }).click();
    const cover = await uploadImage(ownerPage, { label: "Cover image" });
    // Card payments go to the restaurant's own account: the owner sets up payouts with Stripe before any is taken.
    const soulKitchenId = new URL(ownerPage.url()).pathname.split("/")[3]!;
    await setUpPayouts(ownerPage, urlOf(restaurantsApp, `/dashboard/restaurants/${soulKitchenId}/get-paid`));
    await openRestaurantsDashboard(ownerPage);

    // The customer, on a phone, finds the restaurant (the home page leads to their orders too), fills a cart that
    // survives a reload, picks a day and then a time, and checks out.
    const customerPage = await customerContext.newPage();
    await customerPage.setViewportSize(phone);
    await signIn(customerPage, customerEmail);
    await customerPage.goto(urlOf(restaurantsApp, "/?q=soul"));
    await expect(customerPage.getByRole("main").getByRole("link", { name: "My orders" })).toHaveAttribute("href", "/orders");
    await expectNoSidewaysScroll(customerPage);
    await customerPage.getByRole("list", { name: "Restaurants" }).getByRole("link", { name: /Soul Kitchen/ }).click();
    await expect(customerPage.getByRole("heading", { level: 1, name: "Soul Kitchen" })).toBeVisible();
    const publicCover = customerPage.locator("img.rs-cover");
    await expect(publicCover).toHaveAttribute("src", cover.replace("w=640", "w=1280"));
    await expectLoaded(publicCover);
    await expect(customerPage.getByRole("article", { name: "Oxtails" })).toContainText("Sold out");
    const add = customerPage.getByRole("button", { name: "Add Fried catfish plate" });
    await waitForHydration(add);
    await add.click();
    // Each add is confirmed where the thumb is: the summary bar stays on screen, says what was added, counts and totals.
    const summary = customerPage.getByRole("region", { name: "Cart summary" });
    await expect(summary.getByRole("status")).toHaveText("Added Fried catfish plate (1 in cart)");
    await expect(summary).toContainText("1 item · $16.99");
    await customerPage.getByRole("button", { name: "Add Collard greens" }).click();
    await expect(summary.getByRole("status")).toHaveText("Added Collard greens (1 in cart)");
    await expect(summary).toContainText("2 items · $21.98");
    await customerPage.evaluate(() => window.scrollTo(0, 0));
    await expect(summary).toBeInViewport();
    await expect(customerPage.getByRole("article", { name: "Collard greens" })).toContainText("1 in cart");
    await expectNoSidewaysScroll(customerPage);
    const cart = customerPage.getByRole("complementary", { name: "Your order" });
    await expect(cart.getByRole("heading", { name: "Your order" })).not.toBeInViewport();
    await summary.getByRole("button", { name: "View order" }).click();
    await expect(cart.getByRole("heading", { name: "Your order" })).toBeInViewport();
    await expect(cart.getByRole("heading", { name: "Your order" })).toBeFocused();
    // In view means below the sticky header too, not scrolled in under it.
    const headerBottom = await customerPage.getByRole("banner").evaluate((header) => header.getBoundingClientRect().bottom);
    const cartTop = await cart.getByRole("heading", { name: "Your order" }).evaluate((heading) => heading.getBoundingClientRect().top);
    expect(cartTop, "the cart's heading shows below the sticky header").toBeGreaterThanOrEqual(headerBottom);
    await expect(cart).toContainText("Total $21.98");
    await customerPage.reload();
    const catfishLine = cart.getByRole("list", { name: "In your cart" }).getByRole("listitem").filter({ hasText: "Fried catfish plate" });
    await expect(catfishLine).toContainText("$16.99 × 1");
    await expect(cart).toContainText("Total $21.98");
    await cart.getByRole("button", { name: "Add one more Fried catfish plate" }).click();
    await expect(catfishLine).toContainText("$16.99 × 2");
    await expect(catfishLine).toContainText("$33.98");
    await cart.getByRole("button", { name: "Remove one Fried catfish plate" }).click();
    await expect(cart).toContainText("Total $21.98");
    const pickupDay = cart.getByRole("combobox", { name: "Day" });
    await waitForHydration(pickupDay);
    // Days are dated ("Today, Thu, Dec 3"); just before midnight today has no slot left and the first is tomorrow.
    await expect(pickupDay.locator("option").first()).toHaveText(/^(Today|Tomorrow), (Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}/);
    // Soul Kitchen opens every day: the two days ahead always span a second day to choose.
    await pickupDay.selectOption({ index: 1 });
    const dayLabel = (await pickupDay.locator("option:checked").textContent()) ?? "";
    const pickupTime = cart.getByRole("combobox", { name: "Time" });
    await pickupTime.selectOption({ index: 1 });
    const timeLabel = (await pickupTime.locator("option:checked").textContent()) ?? "";
    const pickupDate = dayLabel.match(/[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}/)?.[0];
    expect(pickupDate).toBeTruthy();
    const checkout = cart.getByRole("button", { name: "Checkout" });
    await waitForHydration(checkout);
    await checkout.click();

    // Stripe's stand-in: the hosted "Test checkout" page; Pay sends the webhook and returns to the order page.
    await expect(customerPage.getByRole("heading", { name: "Test checkout" })).toBeVisible();
    await customerPage.getByRole("button", { name: /^Pay \$21\.98/ }).click();
    await expect(customerPage).toHaveURL(/\/orders\/[0-9a-f-]{36}/);
    const status = customerPage.getByTestId("order-status");
    await expect(status).toHaveText("received");
    await expect(customerPage.getByText("Paid online")).toBeVisible();
    // The pickup is dated on the order page, in the confirmation email and on "My orders".
    const pickupSaid = `${pickupDate}, ${timeLabel}`;
    await expect(customerPage.getByText(`Pickup ${pickupSaid}`)).toBeVisible();
    await expectNoSidewaysScroll(customerPage);
    const orderUrl = customerPage.url();
    const code = ((await customerPage.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/Order (\w{6})/)?.[1];
    expect(code).toBeTruthy();
    await expect(async () => {
      const confirmation = (await messagesTo(customerEmail)).find((message) => message.subject === `Your order from Soul Kitchen (${code})`);
      expect(confirmation?.text).toContain(`Pick it up ${pickupSaid}`);
    }).toPass({ timeout: 10_000 });
    await customerPage.goto(urlOf(restaurantsApp, "/orders"));
    const listed = customerPage.getByRole("list", { name: "Your orders" }).getByRole("listitem", { name: `Order ${code}` });
    await expect(listed).toContainText(`Pickup ${pickupSaid}`);
    await expectNoSidewaysScroll(customerPage);
    await customerPage.goto(orderUrl);

    // The owner sees it on the live board (no reload: the board refreshes itself) and moves it to ready.
    await ownerPage.getByRole("list", { name: "Your restaurants" }).getByRole("listitem").filter({ hasText: "Soul Kitchen" }).getByRole("link", { name: /^Orders/ }).click();
    const ticket = ownerPage.getByRole("article", { name: `Order ${code}` });
    await expect(ticket).toBeVisible({ timeout: 15_000 });
    await expect(ticket).toHaveClass(/rs-ticket--fresh/);
    for (const action of ["Accept", "Start preparing", "Mark ready"]) {
      const button = ownerPage.getByRole("article", { name: `Order ${code}` }).getByRole("button", { name: action });
      await waitForHydration(button);
      await button.click();
      await expect(button).toHaveCount(0);
      if (action === "Accept") {
        // Accepting emails the customer (once the move commits, through the job queue).
        await expect(async () => {
          const subjects = (await messagesTo(customerEmail)).map((message) => message.subject);
          expect(subjects.filter((subject) => subject === `Soul Kitchen accepted your order (${code})`)).toHaveLength(1);
        }).toPass({ timeout: 10_000 });
      }
    }
    await expect(ownerPage.getByRole("region", { name: "ready" }).getByRole("article", { name: `Order ${code}` })).toBeVisible();

    // The customer's page follows on its own.
    await expect(status).toHaveText("ready", { timeout: 15_000 });
    const progress = customerPage.getByRole("list", { name: "Progress" }).getByRole("listitem");
    await expect(progress.filter({ hasText: "(done)" })).toHaveText(["✓ Received (done)", "✓ Accepted (done)", "✓ Preparing (done)"]);
    await expect(customerPage.locator('[aria-current="step"]')).toHaveText("Ready");
    await expect(async () => {
      const subjects = (await messagesTo(customerEmail)).map((message) => message.subject);
      expect(subjects).toContain(`Your order from Soul Kitchen (${code})`);
      // Accepting and marking ready each reach the customer by email.
      expect(subjects.filter((subject) => subject === `Soul Kitchen accepted your order (${code})`)).toHaveLength(1);
      expect(subjects.filter((subject) => subject === `Ready for pickup at Soul Kitchen (${code})`)).toHaveLength(1);
    }).toPass({ timeout: 10_000 });

    // And the portal's "my activity" lists it.
    await customerPage.goto(urlOf(portal, "/activity"));
    await expect(customerPage.getByText("Pickup from Soul Kitchen").first()).toBeVisible();
  } finally {
    await Promise.all([adminContext.close(), ownerContext.close(), customerContext.close()]);
  }
});
