import { expect, test } from "../support/test";
import { getApp, verticals } from "@stepperslife/manifest";
import { publicUrl } from "../fleet-under-test";

test.use({ baseURL: publicUrl(getApp("main")) });

test("the portal's cards open each vertical on its own subdomain", async ({ page }) => {
  for (const vertical of verticals) {
    await page.goto("/");
    await page.getByRole("link", { name: new RegExp(`Visit ${vertical.title}`) }).click();
    await expect(page).toHaveURL(`${publicUrl(vertical)}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vertical.title);
  }
});
