import type { AppDefinition } from "@stepperslife/manifest";
import { prepareOwnerWorkspace, type OwnerWorkspace } from "../support/owner-workspace";
import { everyPage, pageRoutes } from "../support/page-addresses";
import { findSidewaysOverflow } from "../support/sideways-overflow";
import { urlOf } from "../support/sign-on";
import { expect, test, type Page } from "../support/test";

// Every page of every app, found from the file tree (a page added tomorrow is visited too), at a phone's width,
// signed out and as an admin who owns a restaurant and an event: none may scroll sideways.
test.describe.configure({ mode: "serial" });

const phone = { width: 390, height: 844 };

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
  expect(pageRoutes.length, "pages found in the apps' file trees").toBeGreaterThan(30);
  const visits = everyPage(workspace);

  const visitor = await browser.newContext({ viewport: phone });
  const signedOut = await visitAll(await visitor.newPage(), visits, { expectOk: false });
  await visitor.close();

  await workspace.page.setViewportSize(phone);
  const signedIn = await visitAll(workspace.page, visits, { expectOk: true });

  console.log(`phone width: ${visits.length} addresses, ${signedOut.length + signedIn.length} problems`);
  expect({ signedOut, signedIn }, "pages that scroll sideways at 390 px (or did not open for their owner)").toEqual({ signedOut: [], signedIn: [] });
});
