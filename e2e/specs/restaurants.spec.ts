import { expect, test } from "../support/test";
import { grantOwnerOf } from "../support/admin";
import { messagesTo } from "../support/mail-sink";
import { claimDemoRestaurants, openRestaurantsDashboard, restaurantsApp } from "../support/restaurants";
import { expectLoaded, uploadImage } from "../support/upload-image";
import { grantAdmin, portal, signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";

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
    await openRestaurantsDashboard(ownerPage);

    // The customer finds the restaurant, fills a cart that survives a reload, and checks out.
    const customerPage = await customerContext.newPage();
    await signIn(customerPage, customerEmail);
    await customerPage.goto(urlOf(restaurantsApp, "/?q=soul"));
    await customerPage.getByRole("list", { name: "Restaurants" }).getByRole("link", { name: /Soul Kitchen/ }).click();
    await expect(customerPage.getByRole("heading", { level: 1, name: "Soul Kitchen" })).toBeVisible();
    const publicCover = customerPage.locator("img.rs-cover");
    await expect(publicCover).toHaveAttribute("src", cover.replace("w=640", "w=1280"));
    await expectLoaded(publicCover);
    await expect(customerPage.getByRole("article", { name: "Oxtails" })).toContainText("Sold out");
    const add = customerPage.getByRole("button", { name: "Add Fried catfish plate" });
    await waitForHydration(add);
    await add.click();
    await customerPage.getByRole("button", { name: "Add Collard greens" }).click();
    const cart = customerPage.getByRole("complementary", { name: "Your order" });
    await expect(cart).toContainText("Total $21.98");
    await customerPage.reload();
    await expect(cart).toContainText("1 × Fried catfish plate");
    await expect(cart).toContainText("Total $21.98");
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
    const code = ((await customerPage.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/Order (\w{6})/)?.[1];
    expect(code).toBeTruthy();

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
    }
    await expect(ownerPage.getByRole("region", { name: "ready" }).getByRole("article", { name: `Order ${code}` })).toBeVisible();

    // The customer's page follows on its own.
    await expect(status).toHaveText("ready", { timeout: 15_000 });
    await expect(async () => {
      const subjects = (await messagesTo(customerEmail)).map((message) => message.subject);
      expect(subjects).toContain(`Your order from Soul Kitchen (${code})`);
    }).toPass({ timeout: 10_000 });

    // And the portal's "my activity" lists it.
    await customerPage.goto(urlOf(portal, "/activity"));
    await expect(customerPage.getByText("Pickup from Soul Kitchen").first()).toBeVisible();
  } finally {
    await Promise.all([adminContext.close(), ownerContext.close(), customerContext.close()]);
  }
});
