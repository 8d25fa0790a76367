import { expect, type Page } from "@playwright/test";
import type { AppDefinition } from "@stepperslife/manifest";
import { portal, urlOf, waitForHydration } from "./sign-on";

/**
 * Opens the portal's /admin as someone just made an admin: their open session predates the role, so the first
 * visits may still be refused (403) until the portal's proxy has refreshed it, within about a second.
 */
export async function openAdmin(adminPage: Page, search = ""): Promise<void> {
  const url = urlOf(portal, search ? `/admin?${new URLSearchParams({ q: search })}` : "/admin");
  await expect(async () => {
    const response = await adminPage.goto(url);
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 5_000, intervals: [250, 500] });
  await expect(adminPage.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
}

/** In /admin: searches for the person by email and grants them "Owner of <app>". */
export async function grantOwnerOf(adminPage: Page, { email, app }: { email: string; app: AppDefinition }): Promise<void> {
  await openAdmin(adminPage);
  await adminPage.getByRole("search").getByRole("searchbox", { name: "Email contains" }).fill(email);
  await adminPage.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "1 account matches" })).toBeVisible();

  const account = adminPage.getByRole("article", { name: email });
  const grant = account.getByRole("button", { name: "Grant role" });
  await waitForHydration(grant);
  await account.getByRole("combobox", { name: `Role to grant to ${email}` }).selectOption({ label: `Owner of ${app.title}` });
  await grant.click();
  await expect(account.getByRole("status")).toHaveText(`Granted: Owner of ${app.title}.`);
  await expect(account.getByRole("list", { name: "Roles" })).toContainText(`Owner of ${app.title}`);
}
