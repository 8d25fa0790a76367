import { fleet, getApp, type AppDefinition } from "@stepperslife/manifest";
import { prepareOwnerWorkspace, type OwnerWorkspace } from "../support/owner-workspace";
import { listRouteFiles, routePath, type RouteFile } from "../support/route-files";
import { findSidewaysOverflow } from "../support/sideways-overflow";
import { urlOf } from "../support/sign-on";
import { expect, test, type Page } from "../support/test";

// Every page of every app, found from the file tree (a page added tomorrow is visited too), at a phone's width,
// signed out and as an admin who owns a restaurant and an event: none may scroll sideways.
test.describe.configure({ mode: "serial" });

const phone = { width: 390, height: 844 };

/**
 * The real value of each dynamic segment, by the page's app and its address up to that segment. A new dynamic page
 * fails the test below until it gets a value here, rather than going unvisited.
 */
const dynamicValues: Record<string, (workspace: OwnerWorkspace) => string> = {
  "restaurants /dashboard/restaurants/[id]": (workspace) => workspace.restaurant.id,
  "restaurants /orders/[id]": (workspace) => workspace.restaurant.orderId,
  "restaurants /r/[slug]": (workspace) => workspace.restaurant.slug,
  "events /dashboard/events/[id]": (workspace) => workspace.event.id,
  "events /orders/[id]": (workspace) => workspace.event.orderId,
  "events /e/[slug]": (workspace) => workspace.event.slug,
};

/** Pages worth seeing in a second state too: with search results. */
const extraVisits: { app: AppDefinition; path: string }[] = [
  { app: getApp("main"), path: "/search?q=soul" },
  { app: getApp("restaurants"), path: "/?q=grill" },
  { app: getApp("events"), path: "/?q=social" },
];

const pages: RouteFile[] = fleet.apps.flatMap((app) => listRouteFiles(app).filter((route) => route.kind === "page"));

function addressOf(route: RouteFile, workspace: OwnerWorkspace): string {
  return routePath(route, (segment) => {
    const upTo = `/${route.segments.slice(0, route.segments.indexOf(segment) + 1).map((each) => (each.kind === "fixed" ? each.text : `[${each.name}]`)).join("/")}`;
    const value = dynamicValues[`${route.app.name} ${upTo}`];
    if (!value) throw new Error(`${route.file}: no real value for [${segment.name}] (${route.app.name} ${upTo}); add one to dynamicValues`);
    return encodeURIComponent(value(workspace));
  });
}

/** Opens each address at phone width; what scrolls sideways (and, signed in, what did not open), one line each. */
async function visitAll(page: Page, visits: { app: AppDefinition; path: string }[], { expectOk }: { expectOk: boolean }) {
  const problems: string[] = [];
  for (const { app, path } of visits) {
    const response = await page.goto(urlOf(app, path));
    await page.evaluate(() => document.fonts.ready);
    // Client components (a board, an editor) render after hydration: give them a moment to settle.
    await page.waitForTimeout(300);
    const where = `${app.name} ${path}${page.url() === urlOf(app, path) ? "" : ` (shown at ${page.url()})`}`;
    if (expectOk && (response?.status() ?? 0) >= 400) problems.push(`${where}: answered ${response?.status()}`);
    const overflow = await findSidewaysOverflow(page);
    if (overflow) problems.push(`${where}: ${overflow.excessPx} px too wide; widest: ${overflow.widest}`);
  }
  return problems;
}

let workspace: OwnerWorkspace;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  workspace = await prepareOwnerWorkspace(browser, "phone-owner");
});

test.afterAll(async () => {
  await workspace?.context.close();
});

test("every page of every app fits a 390 px wide phone, signed out and as an owner and admin", async ({ browser }) => {
  test.setTimeout(10 * 60_000);
  expect(pages.length, "pages found in the apps' file trees").toBeGreaterThan(30);
  const visits = [...pages.map((route) => ({ app: route.app, path: addressOf(route, workspace) })), ...extraVisits];

  const visitor = await browser.newContext({ viewport: phone });
  const signedOut = await visitAll(await visitor.newPage(), visits, { expectOk: false });
  await visitor.close();

  await workspace.page.setViewportSize(phone);
  const signedIn = await visitAll(workspace.page, visits, { expectOk: true });

  console.log(`phone width: ${visits.length} addresses, ${signedOut.length + signedIn.length} problems`);
  expect({ signedOut, signedIn }, "pages that scroll sideways at 390 px (or did not open for their owner)").toEqual({ signedOut: [], signedIn: [] });
});
