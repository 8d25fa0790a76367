import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "../support/test";
import { fleet, getApp, verticals } from "@stepperslife/manifest";
import { loopbackUrl, publicUrl } from "../fleet-under-test";
import { grantOwnerOf } from "../support/admin";
import {
  acceptsSessionCookie,
  accountMenu,
  expectNoSidewaysScroll,
  expectSignedIn,
  expectSignedOut,
  grantAdmin,
  openAccountMenu,
  portal,
  sessionCookieName,
  sessionCookieValue,
  sessionList,
  setSessionCookie,
  signIn,
  signInLink,
  timeUntilRefusedEverywhere,
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
  await expect(page.getByRole("main")).toContainText("Ask a SteppersLife admin to give");
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

    // Admin is not owner: the 403 says so and sends the admin to the admin page instead of to an admin.
    await expect(async () => {
      expect((await adminPage.goto(eventsDashboard))?.status()).toBe(403);
      await expect(adminPage.getByRole("main")).toContainText("You are an admin: give");
    }).toPass({ timeout: 5_000, intervals: [250, 500] });
    await expect(adminPage.getByRole("link", { name: "admin page" })).toHaveAttribute("href", urlOf(portal, "/admin"));

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

    // The portal's own NextAuth session endpoint answers as signed out and deletes the cookie, not re-issues it.
    const session = await fetch(loopbackUrl(portal, "/api/auth/session"), { headers: { cookie: `${sessionCookieName}=${copiedCookie}` } });
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({});
    const sessionCookies = session.headers.getSetCookie().filter((cookie) => cookie.startsWith(`${sessionCookieName}=`));
    expect(sessionCookies.length).toBeGreaterThan(0);
    for (const cookie of sessionCookies) expect(cookie).toMatch(/^stepperslife\.session-token=;.*Max-Age=0/i);

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

test("signing out one device ends that session on all seven apps within a second; the other stays signed in", async ({ browser }) => {
  const email = uniqueEmail("two-devices");
  const [phone, laptop] = [await browser.newContext(), await browser.newContext()];
  try {
    const [phonePage, laptopPage] = [await phone.newPage(), await laptop.newPage()];
    await signIn(phonePage, email);
    await signIn(laptopPage, email);
    const [phoneCookie, laptopCookie] = [await sessionCookieValue(phone), await sessionCookieValue(laptop)];

    // The laptop's profile lists both devices, itself first, each with when it signed in and was last used.
    await laptopPage.goto(urlOf(portal, "/profile"));
    await expect(sessionList(laptopPage)).toHaveCount(2);
    await expect(sessionList(laptopPage).first()).toContainText("This browser");
    await expect(sessionList(laptopPage).first()).toContainText("Chrome on Linux");
    await expect(sessionList(laptopPage).nth(1)).toContainText("Chrome on Linux");
    for (const item of await sessionList(laptopPage).all()) {
      await expect(item).toContainText(/Signed in \w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2}\s[AP]M\sC[SD]T/);
      await expect(item).toContainText(/Active now|Last used \d+ minutes? ago/);
      await expect(item.getByRole("button", { name: "Sign out" })).toBeVisible();
    }
    for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
      await laptopPage.setViewportSize(viewport);
      await expectNoSidewaysScroll(laptopPage);
      const box = (await sessionList(laptopPage).nth(1).getByRole("button", { name: "Sign out" }).boundingBox())!;
      expect(box.x + box.width, `the Sign out button fits ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
    }

    // The phone signs out on a vertical; its cookie, replayed from a fresh client, is refused everywhere. Asked once
    // before, so every app has the route loaded and the time measured is the sign-out's alone.
    for (const app of fleet.apps) expect(await acceptsSessionCookie(app, phoneCookie), app.name).toBe(true);
    await phonePage.goto(urlOf(events));
    const signOut = phonePage.waitForResponse((response) => new URL(response.url()).pathname === "/auth/sign-out");
    await (await openAccountMenu(phonePage)).getByRole("button", { name: "Sign out" }).click();
    const signedOutAt = Date.now();
    expect((await signOut).status()).toBe(303);
    const refusedAfterMs = await timeUntilRefusedEverywhere(phoneCookie, { since: signedOutAt, timeoutMs: 1_000 });
    const slowest = Math.max(...Object.values(refusedAfterMs));
    console.log(`signed-out cookie refused by all seven apps within ${slowest} ms: ${JSON.stringify(refusedAfterMs)}`);
    expect(slowest).toBeLessThan(1_000);
    await expectSignedOut(phonePage);

    // The laptop is still signed in everywhere, and its list now shows only itself.
    for (const app of fleet.apps) expect(await acceptsSessionCookie(app, laptopCookie), app.name).toBe(true);
    await laptopPage.goto(urlOf(store));
    await expectSignedIn(laptopPage, email);
    await laptopPage.goto(urlOf(portal, "/profile"));
    await expect(sessionList(laptopPage)).toHaveCount(1);

    // The phone signs in again; the laptop signs it out from its list.
    await signIn(phonePage, email);
    const phoneAgain = await sessionCookieValue(phone);
    await laptopPage.reload();
    await expect(sessionList(laptopPage)).toHaveCount(2);
    const other = sessionList(laptopPage).nth(1);
    await waitForHydration(other.getByRole("button", { name: "Sign out" }));
    await other.getByRole("button", { name: "Sign out" }).click();
    const removedAt = Date.now();
    await expect(sessionList(laptopPage)).toHaveCount(1);
    await expect(sessionList(laptopPage).first()).toContainText("This browser");
    const removedAfterMs = await timeUntilRefusedEverywhere(phoneAgain, { since: removedAt, timeoutMs: 2_000 });
    console.log(`device signed out from the profile refused everywhere within ${Math.max(...Object.values(removedAfterMs))} ms`);
    await phonePage.goto(urlOf(portal));
    await expectSignedOut(phonePage);
    expect(await acceptsSessionCookie(portal, laptopCookie)).toBe(true);
  } finally {
    await Promise.all([phone.close(), laptop.close()]);
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
