import { fleet, verticals } from "@stepperslife/manifest";
import { appEnvFile, publicUrl } from "../fleet-under-test";
import { grantOwnerOf } from "../support/admin";
import { malformedRequestsFor, type MalformedRequest } from "../support/malformed-requests";
import { sendRaw } from "../support/raw-request";
import { listRouteFiles, type RouteFile } from "../support/route-files";
import { grantAdmin, sessionCookieName, sessionCookieValue, signIn, uniqueEmail, urlOf } from "../support/sign-on";
import { fingerprintTables } from "../support/table-fingerprints";
import { expect, test } from "../support/test";

// Every route file and page of every app, found from the file tree, gets malformed path segments, queries and bodies,
// signed out and as an owner of every vertical: no answer may be a 5xx, and no database may change.
test.describe.configure({ mode: "serial" });

const routes: RouteFile[] = fleet.apps.flatMap((app) => listRouteFiles(app));
let ownerCookie = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const [adminContext, context] = [await browser.newContext(), await browser.newContext()];
  const [adminPage, page] = [await adminContext.newPage(), await context.newPage()];
  const [adminEmail, email] = [uniqueEmail("fuzz-admin"), uniqueEmail("fuzz-owner")];
  await signIn(adminPage, adminEmail);
  await signIn(page, email);
  grantAdmin(adminEmail);
  for (const app of verticals) await grantOwnerOf(adminPage, { email, app });
  await adminContext.close();
  // A page load on a vertical sends the now stale session through the portal's refresh: the cookie carries the roles.
  await expect(async () => {
    await page.goto(urlOf(verticals[0]!, "/dashboard"));
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/not allowed|forbidden/i, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  ownerCookie = `${sessionCookieName}=${await sessionCookieValue(context)}`;
  // The fuzz only means something if owner routes really open for this cookie.
  for (const app of verticals) {
    const dashboard = await sendRaw({ port: app.port, host: new URL(publicUrl(app)).host, method: "GET", target: "/dashboard", headers: { cookie: ownerCookie } });
    expect(dashboard.status, `${app.name} /dashboard as the fuzz owner`).toBe(200);
  }
  // Taking over the demo data needs no input at all, so no malformed variant of it is refused: do it once, before
  // the databases are fingerprinted (a no-op if another owner took it first).
  for (const route of routes.filter((each) => each.kind === "route" && each.file.endsWith("claim-demo/route.ts"))) {
    const answer = await send(route, { label: "claim", method: "POST", target: "/api/owner/claim-demo", headers: {}, expectBadRequest: false }, ownerCookie);
    expect(answer.status, `${route.app.name} claim-demo`).toBeLessThan(500);
  }
  await context.close();
});

function send(route: RouteFile, request: MalformedRequest, cookie: string | null) {
  return sendRaw({
    port: route.app.port,
    host: new URL(publicUrl(route.app)).host,
    method: request.method,
    target: request.target,
    headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
    body: request.body,
  });
}

async function fingerprintAll(): Promise<Record<string, Record<string, string>>> {
  const entries = await Promise.all(fleet.apps.map(async (app) => [app.name, await fingerprintTables(appEnvFile(app).DATABASE_URL!)] as const));
  return Object.fromEntries(entries);
}

/** Runs `work` over `items` with `concurrency` at a time: the fleet has two cores, and a little overlap finds races. */
async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

test("every route and page of all seven apps answers malformed input without a 5xx and writes nothing", async () => {
  test.setTimeout(15 * 60_000);
  expect(routes.filter((route) => route.kind === "route").length, "route files found").toBeGreaterThan(50);
  const before = await fingerprintAll();

  const cases = routes.flatMap((route) =>
    malformedRequestsFor(route).flatMap((request) => [null, ownerCookie].map((cookie) => ({ route, request, cookie }))),
  );
  const failures: string[] = [];
  let badRequests = 0;
  await inParallel(cases, 4, async ({ route, request, cookie }) => {
    const who = cookie ? "owner" : "signed out";
    const where = `${route.app.name} ${request.method} ${route.file.replace(/^apps\/[^/]+\/src\/app/, "")} (${request.label}, ${who})`;
    try {
      const answer = await send(route, request, cookie);
      if (answer.status >= 500) failures.push(`${where}: ${answer.status} ${answer.body.slice(0, 120)}`);
      else if (request.expectBadRequest && answer.status !== 400) failures.push(`${where}: expected 400, got ${answer.status}`);
      if (answer.status === 400) badRequests += 1;
    } catch (error) {
      failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  console.log(`malformed input: ${cases.length} requests over ${routes.length} route files and pages, ${badRequests} answered 400`);
  expect(failures).toEqual([]);
  expect(await fingerprintAll()).toEqual(before);
});
