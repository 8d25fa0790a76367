import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { fleet, getApp, verticals } from "@stepperslife/manifest";
import { publicUrl } from "../fleet-under-test";
import { grantOwnerOf } from "../support/admin";
import {
  accountMenu,
  expectSignedIn,
  expectSignedOut,
  grantAdmin,
  openAccountMenu,
  portal,
  sessionCookieValue,
  setSessionCookie,
  signIn,
  signInLink,
  uniqueEmail,
  urlOf,
  waitForHydration,
} from "../support/sign-on";

// One account per person per test (random addresses), so the tests stay independent of each other and of reruns.
const events = getApp("events");
const store = getApp("store");
const eventsDashboard = urlOf(events, "/dashboard");

/** Every URL the page's main frame visits from now on, to prove a step never went through sign-in. */
function recordNavigations(page: Page): string[] {
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });
  return visited;
}

test("a magic link from the portal signs you in on all seven apps", async ({ page }) => {
  const email = uniqueEmail("member");
  await signIn(page, email);

  await expect(page).toHaveURL((url) => url.origin === publicUrl(portal));
  await expectSignedIn(page, email);
  await expect(accountMenu(page).getByRole("link", { name: "Profile" })).toHaveAttribute("href", urlOf(portal, "/profile"));

  for (const vertical of verticals) {
    const response = await page.goto(urlOf(vertical));
    expect(response?.status(), vertical.name).toBe(200);
    await expectSignedIn(page, email);
    // Nobody is an owner by signing in.
    await expect(accountMenu(page).getByRole("link", { name: /^Manage/ })).toHaveCount(0);
  }
});

test("signing out on one app returns to the same page and signs you out of all seven", async ({ page, context }) => {
  const email = uniqueEmail("leaver");
  await signIn(page, email);
  const storePage = urlOf(store, "/?from=sign-out-test");
  await page.goto(storePage);

  const menu = await openAccountMenu(page);
  await menu.getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL(storePage);
  await expectSignedOut(page);
  expect((await context.cookies()).filter((cookie) => cookie.name.endsWith("stepperslife.session-token"))).toEqual([]);
  for (const app of fleet.apps) {
    await page.goto(urlOf(app));
    await expectSignedOut(page);
  }
});

test("the owner area sends visitors to sign in and turns away signed-in non-owners with a 403", async ({ page }) => {
  await page.goto(eventsDashboard);
  await expect(page).toHaveURL((url) => `${url.origin}${url.pathname}` === urlOf(portal, "/sign-in"));
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(eventsDashboard);

  const email = uniqueEmail("visitor");
  await signIn(page, email, { alreadyOnSignInPage: true });

  // Back where they were headed, signed in, and refused: they are not an owner of Events.
  await expect(page).toHaveURL(eventsDashboard);
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  await expectSignedIn(page, email);

  const response = await page.reload();
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your profile" })).toHaveAttribute("href", urlOf(portal, "/profile"));
});

test("an admin makes someone an owner of Events, who reaches the dashboard without signing in again", async ({ browser }) => {
  const adminEmail = uniqueEmail("admin");
  const ownerEmail = uniqueEmail("owner");
  const adminContext = await browser.newContext();
  const ownerContext = await browser.newContext();
  const laterContext = await browser.newContext();
  try {
    // Both people have accounts: the admin's is promoted from the command line, as the first admin is.
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, adminEmail);
    grantAdmin(adminEmail);
    const ownerPage = await ownerContext.newPage();
    await signIn(ownerPage, ownerEmail);
    expect((await ownerPage.goto(eventsDashboard))?.status()).toBe(403);

    await grantOwnerOf(adminPage, { email: ownerEmail, app: events });

    // The owner's open session picks up the new role on its own (the app notices within a second).
    const ownerNavigations = recordNavigations(ownerPage);
    await expect(async () => {
      const response = await ownerPage.goto(eventsDashboard);
      expect(response?.status()).toBe(200);
    }).toPass({ timeout: 5_000, intervals: [250, 500] });
    await expect(ownerPage).toHaveURL(eventsDashboard);
    await expect(ownerPage.getByRole("heading", { level: 1, name: "Your events" })).toBeVisible();
    expect(ownerNavigations.filter((url) => url.startsWith(urlOf(portal, "/sign-in")))).toEqual([]);
    const menu = await openAccountMenu(ownerPage);
    await expect(menu.getByRole("link", { name: "Manage Events" })).toHaveAttribute("href", "/dashboard");

    // Signing in later from a fresh browser, from the dashboard's own sign-in redirect, lands on the dashboard.
    const laterPage = await laterContext.newPage();
    await laterPage.goto(eventsDashboard);
    await expect(laterPage).toHaveURL((url) => `${url.origin}${url.pathname}` === urlOf(portal, "/sign-in"));
    await signIn(laterPage, ownerEmail, { alreadyOnSignInPage: true });
    await expect(laterPage).toHaveURL(eventsDashboard);
    await expect(laterPage.getByRole("heading", { level: 1, name: "Your events" })).toBeVisible();
  } finally {
    await Promise.all([adminContext.close(), ownerContext.close(), laterContext.close()]);
  }
});

test("a revoked session is refused by all seven apps within a second", async ({ page, browser }) => {
  const email = uniqueEmail("revoked");
  await signIn(page, email);
  const copiedCookie = await sessionCookieValue(page.context());

  const elsewhere = await browser.newContext();
  try {
    const otherPage = await elsewhere.newPage();
    // The copied cookie is a working session on its own, in another browser, on every app.
    for (const app of fleet.apps) {
      await setSessionCookie(elsewhere, copiedCookie);
      await otherPage.goto(urlOf(app));
      await expectSignedIn(otherPage, email);
    }

    await page.goto(urlOf(portal, "/profile"));
    const signOutEverywhere = page.getByRole("button", { name: "Sign out of all devices" });
    await waitForHydration(signOutEverywhere);
    await signOutEverywhere.click();
    await expectSignedOut(page);

    // Each app hears of the revocation by polling the portal twice a second. The cookie is set again before each
    // visit because an app clears a revoked cookie in its response: every app must refuse it on its own.
    for (const app of fleet.apps) {
      await expect(async () => {
        await setSessionCookie(elsewhere, copiedCookie);
        const response = await otherPage.goto(urlOf(app));
        expect(response?.status(), app.name).toBe(200);
        await expect(signInLink(otherPage)).toBeVisible({ timeout: 250 });
      }).toPass({ timeout: 2_000, intervals: [100, 200] });
      await expect(accountMenu(otherPage)).toHaveCount(0);
    }
  } finally {
    await elsewhere.close();
  }
});

test("a forged session cookie counts as signed out, not as an error", async ({ page, context }) => {
  const forgeries = [
    randomBytes(48).toString("base64url"),
    // Shaped like NextAuth's encrypted token (five base64url parts), but not made with the fleet's secret.
    Array.from({ length: 5 }, () => randomBytes(24).toString("base64url")).join("."),
  ];
  for (const forged of forgeries) {
    for (const app of fleet.apps) {
      await setSessionCookie(context, forged);
      const response = await page.goto(urlOf(app));
      expect(response?.status(), app.name).toBe(200);
      await expectSignedOut(page);
    }
  }
});
