import { prepareOwnerWorkspace, type OwnerWorkspace } from "../support/owner-workspace";
import { setUpPayouts } from "../support/payouts";
import { restaurantsApp } from "../support/restaurants";
import { signIn, uniqueEmail, urlOf, waitForHydration } from "../support/sign-on";
import { expect, test, type Page } from "../support/test";

// Owners get paid: a restaurant's owner sets up payouts on the stand-in's onboarding, a customer pays by card, the owner
// sees the payment on the payouts page with the platform's fee and what they keep, refunds it by cancelling, and sees
// the refund and the fee given back there and in the CSV.
test.describe.configure({ mode: "serial" });

let workspace: OwnerWorkspace;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  workspace = await prepareOwnerWorkspace(browser, "payouts-owner");
});
test.afterAll(async () => {
  await workspace?.context.close();
});

function paymentRow(page: Page, code: string) {
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name: new RegExp(`^Order ${code}`) }) });
}

test("an owner sees a card payment's fee and net on the payouts page, refunds it, and sees the refund", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page: ownerPage, restaurant } = workspace;
  const payoutsUrl = urlOf(restaurantsApp, `/dashboard/restaurants/${restaurant.id}/payouts`);

  // Before payouts are set up: the page says where to set them up, and card payments are off.
  await ownerPage.goto(payoutsUrl);
  await expect(ownerPage.getByRole("heading", { level: 1, name: /^Payouts of Phone Grill/ })).toBeVisible();
  await expect(ownerPage.getByRole("link", { name: "Get paid", exact: true }).last()).toBeVisible();
  await setUpPayouts(ownerPage, urlOf(restaurantsApp, `/dashboard/restaurants/${restaurant.id}/get-paid`));

  // A customer pays $18.50 by card on the stand-in's checkout.
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  await signIn(customerPage, uniqueEmail("payouts-customer"));
  await customerPage.goto(urlOf(restaurantsApp, `/r/${restaurant.slug}`));
  const add = customerPage.getByRole("button", { name: "Add Rib plate" });
  await waitForHydration(add);
  await add.click();
  const checkout = customerPage.getByRole("complementary", { name: "Your order" }).getByRole("button", { name: "Checkout" });
  await waitForHydration(checkout);
  await checkout.click();
  await customerPage.getByRole("button", { name: /^Pay \$18\.50/ }).click();
  await expect(customerPage.getByText("Paid online")).toBeVisible();
  const code = ((await customerPage.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/Order (\w{6})/)?.[1];
  expect(code).toBeTruthy();
  await customerContext.close();

  // The owner's payouts page: paid $18.50, the platform's 5% ($0.93), nothing refunded, they keep $17.57.
  await expect(async () => {
    await ownerPage.goto(payoutsUrl);
    await expect(paymentRow(ownerPage, code!)).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(paymentRow(ownerPage, code!).getByRole("cell")).toHaveText([`Order ${code}`, /\d{1,2}:\d{2} [AP]M/, "$18.50", "$0.93", "–", "$17.57"]);
  await expect(ownerPage.getByRole("status").first()).toContainText("1 card payment: $18.50 paid, $0.93 fees, $0.00 refunded, you keep $17.57.");
  await expect(ownerPage.getByRole("button", { name: "Open Stripe dashboard" })).toBeVisible();

  // The owner cancels the order on the board: Stripe refunds the customer and takes the restaurant's share back.
  await ownerPage.goto(urlOf(restaurantsApp, `/dashboard/restaurants/${restaurant.id}/orders`));
  const ticket = ownerPage.getByRole("article", { name: `Order ${code}` });
  const cancel = ticket.getByRole("button", { name: "Cancel" });
  await waitForHydration(cancel);
  ownerPage.once("dialog", (dialog) => void dialog.accept());
  await cancel.click();
  await expect(ownerPage.getByRole("region", { name: "Finished today" })).toContainText(`${code}: cancelled (refunded)`);

  // The refund shows on the payouts page (from Stripe's charge.refunded) and in the CSV: fee given back, nothing kept.
  await expect(async () => {
    await ownerPage.goto(payoutsUrl);
    await expect(paymentRow(ownerPage, code!).getByRole("cell").nth(4)).toHaveText("$18.50", { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(paymentRow(ownerPage, code!).getByRole("cell")).toHaveText([`Order ${code}`, /\d{1,2}:\d{2} [AP]M/, "$18.50", "$0.00", "$18.50", "$0.00"]);
  const download = ownerPage.waitForEvent("download");
  await ownerPage.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv.split("\r\n")[0]).toBe("Date,Order,Gross,Fee,Refunds,Net,Dispute");
  expect(csv).toContain(`,Order ${code},18.50,0.00,18.50,0.00,`);
});
