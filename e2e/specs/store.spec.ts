import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../fleet-under-test";
import { grantOwnerOf } from "../support/admin";
import { callApi } from "../support/owner-workspace";
import { messagesTo } from "../support/mail-sink";
import { setUpPayouts } from "../support/payouts";
import { grantAdmin, signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";
import { addToStoreCart, openStoreCheckout, payOnHostedPage, storeApp } from "../support/store";
import { prepareStoreWorkspace } from "../support/store-workspace";
import { expect, test, type Page } from "../support/test";

const photo = readFileSync(join(repoRoot, "apps/store/prisma/demo-images/shoes-glide-oxford-cognac.jpg"));

/** The owner opens a shop from the dashboard's form, as a new seller would; returns its id. */
async function openShop(page: Page, name: string): Promise<string> {
  await page.goto(urlOf(storeApp, "/dashboard/shops/new"));
  const form = page.getByRole("form", { name: "Shop profile" });
  await waitForHydration(form.getByRole("button", { name: "Open the shop" }));
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("City").fill("Chicago");
  await form.getByLabel("State").fill("IL");
  await form.getByLabel("Shipping per order ($)").fill("9");
  await form.getByLabel("Return terms buyers read before paying").fill("Unworn, in the box, within 30 days.");
  await form.getByRole("button", { name: "Open the shop" }).click();
  await page.waitForURL(/\/dashboard\/shops\/[0-9a-f-]{36}\/products$/);
  return page.url().split("/").at(-2)!;
}

/** A product made in the editor: details, a size × colour matrix with prices and stock, a photo, then published. */
async function addShoes(page: Page, shopId: string, name: string): Promise<string> {
  await page.goto(urlOf(storeApp, `/dashboard/shops/${shopId}/products/new`));
  const details = page.getByRole("form", { name: "Product details" });
  await waitForHydration(details.getByRole("button", { name: "Add the product" }));
  await details.getByLabel("Name").fill(name);
  await details.getByLabel("Category").selectOption("shoes");
  await details.getByLabel("Description").fill("Leather sole that turns clean on any floor.");
  await details.getByRole("button", { name: "Add the product" }).click();
  await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);

  const matrix = page.getByRole("form", { name: "Sizes, colours, prices and stock" });
  await waitForHydration(matrix.getByRole("button", { name: "Save variants" }));
  for (const size of ["9", "10"]) {
    await matrix.getByLabel("New size").fill(size);
    await matrix.getByLabel("New size").press("Enter");
  }
  for (const colour of ["Black", "Cognac"]) {
    await matrix.getByLabel("New colour").fill(colour);
    await matrix.getByLabel("New colour").press("Enter");
  }
  for (const label of ["Size 9 · Black", "Size 9 · Cognac", "Size 10 · Black", "Size 10 · Cognac"]) {
    await matrix.getByLabel(`Price of ${label}`).fill("120");
    await matrix.getByLabel(`Stock of ${label}`).fill("4");
  }
  await matrix.getByRole("button", { name: "Save variants" }).click();
  await expect(matrix.getByRole("status")).toHaveText("Variants saved.");

  const field = page.getByLabel("Add a photo", { exact: true });
  await field.setInputFiles({ name: "cognac.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("button", { name: "Delete photo 1" })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  return (await page.getByRole("link", { name: "See it as buyers do" }).getAttribute("href"))!.split("/").pop()!;
}

test("an owner lists shoes with sizes, colours and a photo; a buyer pays once for two shops, the owner ships with tracking, a returned pair is refunded", async ({ browser }) => {
  test.setTimeout(240_000);
  const [adminEmail, ownerEmail, otherOwnerEmail, buyerEmail] = [uniqueEmail("admin"), uniqueEmail("shoemaker"), uniqueEmail("boutique"), uniqueEmail("store-buyer")];
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext(), browser.newContext()]);
  const [adminPage, ownerPage, otherPage, buyerPage] = await Promise.all([contexts[0]!.newPage(), contexts[1]!.newPage(), contexts[2]!.newPage(), contexts[3]!.newPage()]);
  try {
    for (const [page, email] of [[adminPage, adminEmail], [ownerPage, ownerEmail], [otherPage, otherOwnerEmail], [buyerPage, buyerEmail]] as const) {
      await signIn(page, email);
    }
    grantAdmin(adminEmail);
    await grantOwnerOf(adminPage, { email: ownerEmail, app: storeApp });
    await grantOwnerOf(adminPage, { email: otherOwnerEmail, app: storeApp });

    // The shoemaker opens a shop, sets up payouts and lists a shoe in four variants.
    const shopName = `Sole Mates ${Date.now().toString(36)}`;
    const shopId = await openShop(ownerPage, shopName);
    await setUpPayouts(ownerPage, urlOf(storeApp, `/dashboard/shops/${shopId}/get-paid`));
    const shoeSlug = await addShoes(ownerPage, shopId, `Turn Oxford ${Date.now().toString(36)}`);
    // A boutique sells too (made through its routes; its own journey is the shoemaker's).
    const boutique = await prepareStoreWorkspace(otherPage, { tag: Date.now().toString(36), callApi });

    // The buyer picks two pairs in size 10 cognac and one of the boutique's, and pays once for both shops.
    await addToStoreCart(buyerPage, shoeSlug, { size: "10", colour: "Cognac", quantity: 2 });
    await addToStoreCart(buyerPage, boutique.productSlug);
    await buyerPage.goto(urlOf(storeApp, "/cart"));
    await expect(buyerPage.getByRole("region", { name: `From ${shopName}` })).toContainText("$240");
    await expect(buyerPage.getByRole("complementary", { name: "Order total" })).toContainText("Shipping (2 shops)");
    await openStoreCheckout(buyerPage);
    const orderId = await payOnHostedPage(buyerPage);
    const shoeBox = buyerPage.getByRole("region", { name: `From ${shopName}` });
    await expect(shoeBox).toContainText("2 × Turn Oxford");
    await expect(buyerPage.getByRole("region", { name: /^From Phone Shop/ })).toBeVisible();
    await expect(buyerPage.locator(".st-shipment")).toHaveCount(2);

    // The shoemaker ships the pairs with UPS tracking and marks them delivered.
    await ownerPage.goto(urlOf(storeApp, `/dashboard/shops/${shopId}/orders`));
    const slip = ownerPage.getByRole("article", { name: /^Order / });
    await expect(slip).toContainText("2 × Turn Oxford");
    await slip.getByText("Ship a parcel").click();
    const parcel = slip.getByRole("form", { name: /^Ship a parcel of order / });
    await waitForHydration(parcel.getByRole("button", { name: "Ship everything left" }));
    await parcel.getByLabel("Carrier").selectOption({ label: "UPS" });
    await parcel.getByLabel("Tracking number").fill("1Z999AA10123456784");
    await parcel.getByRole("button", { name: "Ship everything left" }).click();
    // Everything left in one parcel: the order leaves the queue to fulfil for the shipped ones, with its tracking.
    await expect(ownerPage.getByText(/^Nothing to fulfil/)).toBeVisible();
    await ownerPage.goto(urlOf(storeApp, `/dashboard/shops/${shopId}/orders?show=shipped`));
    await expect(ownerPage.getByRole("article", { name: /^Order / })).toContainText("1Z999AA10123456784");
    await ownerPage.getByRole("button", { name: "Mark delivered" }).click();
    await expect(ownerPage.getByRole("article", { name: /^Order / })).toContainText("Delivered");

    // The buyer sees the tracking and sends one pair back: too small.
    await buyerPage.goto(urlOf(storeApp, `/orders/${orderId}`));
    await expect(shoeBox.getByRole("link", { name: /1Z999AA10123456784/ })).toHaveAttribute("href", /ups\.com/);
    await shoeBox.getByText("Return items").click();
    const returnForm = shoeBox.getByRole("form", { name: `Return items to ${shopName}` });
    await waitForHydration(returnForm.getByRole("button", { name: `Ask ${shopName} to take them back` }));
    await returnForm.getByRole("checkbox", { name: /Turn Oxford/ }).check();
    await returnForm.getByLabel("How many").selectOption("1");
    await returnForm.getByLabel("Why?").selectOption({ label: "Wrong size or fit" });
    await returnForm.getByLabel(/Anything the shop should know/).fill("Half a size small.");
    await expect(returnForm).toContainText(`If ${shopName} approves, $120 comes back to your card`);
    await returnForm.getByRole("button", { name: `Ask ${shopName} to take them back` }).click();
    await expect(shoeBox.getByRole("list", { name: "Returns" })).toContainText("Return requested");

    // The shoemaker approves: $120 of the $249 comes back to the buyer, the pair goes back on the shelf.
    await ownerPage.goto(urlOf(storeApp, `/dashboard/shops/${shopId}/returns`));
    const request = ownerPage.getByRole("article", { name: /^Order / });
    await expect(request).toContainText("Wrong size or fit");
    await expect(request).toContainText("Half a size small.");
    const approve = request.getByRole("button", { name: "Approve and refund $120" });
    await waitForHydration(approve);
    await approve.click();
    await expect(ownerPage.getByText("No returns to answer.", { exact: false })).toBeVisible();
    await ownerPage.goto(urlOf(storeApp, `/dashboard/shops/${shopId}/returns?show=decided`));
    await expect(ownerPage.getByRole("article", { name: /^Order / })).toContainText("Refunded $120");

    await buyerPage.reload();
    await expect(shoeBox.getByRole("list", { name: "Returns" })).toContainText("Returned and refunded");
    await expect(shoeBox.getByRole("list", { name: "Returns" })).toContainText("$120 refunded to your card");
    await expect.poll(async () => (await messagesTo(buyerEmail)).some((mail) => mail.subject.startsWith(`${shopName} refunded your return`)), { timeout: 20_000 }).toBe(true);
    expect((await messagesTo(ownerEmail)).some((mail) => mail.subject.startsWith(`A buyer wants to return items to ${shopName}`))).toBe(true);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});
