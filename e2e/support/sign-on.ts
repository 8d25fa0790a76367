import { spawnSync } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { fleet, getApp, type AppDefinition } from "@stepperslife/manifest";
import { fleetEnv, loopbackUrl, publicUrl, repoRoot, rootDomain } from "../fleet-under-test";
import { messageIdsTo, waitForMagicLink } from "./mail-sink";

export const portal = getApp("main");

/** The shared session cookie on plain http (the e2e fleet); `__Secure-`-prefixed on https. See the SSO contract. */
export const sessionCookieName = "stepperslife.session-token";

/** A fresh address per test, so tests never share an account (the mail sink files mail by recipient, lowercased). */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

export function urlOf(app: AppDefinition, path = "/"): string {
  return `${publicUrl(app)}${path}`;
}

/**
 * Waits until React has hydrated `element`: forms whose submit is handled in the browser (the sign-in form, the
 * admin's role forms) do nothing useful when clicked before that. React tags the DOM nodes it owns.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactProps$"))), {
      message: "the page is hydrated",
    })
    .toBe(true);
}

/**
 * Every test browser connects from 127.0.0.1, which the portal's per-address limit (5 links per 15 minutes) would
 * soon refuse. A browser context gets its own client address the way production's reverse proxy reports one.
 */
async function connectFromOwnAddress(page: Page): Promise<void> {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
}

/** Signs in from the portal's sign-in page (opened first unless the page is already on it) with a magic link. */
export async function signIn(page: Page, email: string, { alreadyOnSignInPage = false } = {}): Promise<void> {
  await connectFromOwnAddress(page);
  if (!alreadyOnSignInPage) await page.goto(urlOf(portal, "/sign-in"));
  const earlierMail = await messageIdsTo(email);
  const sendLink = page.getByRole("button", { name: "Email me a sign-in link" });
  await waitForHydration(sendLink);
  await page.getByRole("textbox", { name: "Email address" }).fill(email);
  await sendLink.click();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  const magicLink = await waitForMagicLink(email, earlierMail);
  // Anywhere else (127.0.0.1, say) the browser would refuse the cookie for the parent domain.
  expect(new URL(magicLink).origin, "the magic link opens the portal's public address").toBe(publicUrl(portal));
  // Opening the link in the same browser is what a person does: NextAuth sets the cookie and redirects on.
  await page.goto(magicLink);
}

/** The header's account menu of a signed-in person (a <details>, hence a group; <summary> has no ARIA role). */
export function accountMenu(page: Page): Locator {
  return page.getByRole("banner").getByRole("group", { name: "Your account" });
}

export async function openAccountMenu(page: Page): Promise<Locator> {
  const menu = accountMenu(page);
  if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
  return menu;
}

/** The header shows this person's menu: their email and a Sign out button. */
export async function expectSignedIn(page: Page, email: string): Promise<void> {
  const menu = await openAccountMenu(page);
  await expect(menu).toContainText(email);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
}

export function signInLink(page: Page): Locator {
  return page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true });
}

/** The header shows "Sign in" and no account menu. */
export async function expectSignedOut(page: Page): Promise<void> {
  await expect(signInLink(page)).toBeVisible();
  await expect(accountMenu(page)).toHaveCount(0);
}

/** The first admin, as an operator makes one: `npm run admin:grant -w @apps/main -- <email>`, exactly as documented. */
export function grantAdmin(email: string): void {
  const result = spawnSync("npm", ["run", "admin:grant", "-w", "@apps/main", "--", email], {
    cwd: repoRoot,
    // As the README writes it: no env loaded by hand (the script finds the env npm start generated).
    env: fleetEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status, `admin:grant failed:\n${result.stdout}${result.stderr}`).toBe(0);
}

/** The value of the shared session cookie in this browser context. */
export async function sessionCookieValue(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((each) => each.name === sessionCookieName);
  expect(cookie, "a session cookie after signing in").toBeDefined();
  expect(cookie?.domain, "the session cookie is shared by all subdomains").toBe(`.${rootDomain}`);
  return cookie!.value;
}

/** Puts a session cookie into a context as the portal would: one cookie for the root domain and every subdomain. */
export async function setSessionCookie(context: BrowserContext, value: string): Promise<void> {
  await context.addCookies([
    { name: sessionCookieName, value, domain: `.${rootDomain}`, path: "/", httpOnly: true, sameSite: "Lax", secure: false },
  ]);
}

/**
 * Whether one app takes a session cookie, asked from a fresh client (the test process, no browser state) the way
 * its own server would be: a vertical's GET /api/me/activity answers 200 or 401; the portal's /profile renders (200)
 * or redirects to sign-in.
 */
export async function acceptsSessionCookie(app: AppDefinition, cookieValue: string): Promise<boolean> {
  const path = app.name === portal.name ? "/profile" : "/api/me/activity";
  const response = await fetch(loopbackUrl(app, path), { headers: { cookie: `${sessionCookieName}=${cookieValue}` }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status === 200) return true;
  const refused = app.name === portal.name ? (response.headers.get("location") ?? "").includes("/sign-in") : response.status === 401;
  expect(refused, `${app.name} answered ${response.status} to a session cookie`).toBe(true);
  return false;
}

/**
 * Replays a signed-out cookie against all seven apps at once, every 25 ms, from `since` on: how many milliseconds
 * after it each app first refused it. Fails when one still takes it after `timeoutMs`.
 */
export async function timeUntilRefusedEverywhere(cookieValue: string, { since, timeoutMs }: { since: number; timeoutMs: number }) {
  const refusedAfterMs = await Promise.all(
    fleet.apps.map(async (app) => {
      while (await acceptsSessionCookie(app, cookieValue)) {
        expect(Date.now() - since, `${app.name} still accepts the signed-out cookie`).toBeLessThan(timeoutMs);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return [app.name, Date.now() - since] as const;
    }),
  );
  return Object.fromEntries(refusedAfterMs);
}

/** The portal profile's list of signed-in devices, one list item per session ("This browser" first). */
export function sessionList(page: Page): Locator {
  return page.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem");
}

/** The page fits its viewport: nothing sticks out sideways (the phone test of a layout). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page width at a ${clientWidth} px wide viewport`).toBeLessThanOrEqual(clientWidth);
}
