import { expect, test } from "../support/test";
import { activityResponseSchema, aggregationPaths, feedResponseSchema, searchResponseSchema } from "@stepperslife/contracts";
import { verticals } from "@stepperslife/manifest";
import { loopbackUrl } from "../fleet-under-test";
import { sessionCookieName, sessionCookieValue, signIn, uniqueEmail } from "../support/sign-on";

/**
 * The portal reads the six verticals over HTTP only, so their /api/feed, /api/search and /api/me/activity are the
 * contract between separately deployed apps. Every vertical of the running fleet is held to it here, the way the
 * portal's server calls it: on the internal (loopback) address, with only the session cookie.
 */
const get = (url: string, cookie?: string) => fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });

test.describe.configure({ mode: "serial" });

let cookie: string;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, uniqueEmail("contract"));
  cookie = `${sessionCookieName}=${await sessionCookieValue(page.context())}`;
  await page.close();
});

for (const vertical of verticals) {
  test(`${vertical.name} serves the portal's contract`, async () => {
    const feed = await get(loopbackUrl(vertical, aggregationPaths.feed));
    expect(feed.status, "GET /api/feed").toBe(200);
    expect(feedResponseSchema.parse(await feed.json()).app).toBe(vertical.name);

    const search = await get(loopbackUrl(vertical, `${aggregationPaths.search}?q=x`));
    expect(search.status, "GET /api/search?q=x").toBe(200);
    const found = searchResponseSchema.parse(await search.json());
    expect([found.app, found.query]).toEqual([vertical.name, "x"]);

    const blank = await get(loopbackUrl(vertical, `${aggregationPaths.search}?q=%20`));
    expect(blank.status, "GET /api/search?q=%20").toBe(422);
    expect(((await blank.json()) as { error: { code: string } }).error.code).toBe("invalid_input");

    const signedOut = await get(loopbackUrl(vertical, aggregationPaths.activity));
    expect(signedOut.status, "GET /api/me/activity signed out").toBe(401);
    expect(((await signedOut.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");

    const mine = await get(loopbackUrl(vertical, aggregationPaths.activity), cookie);
    expect(mine.status, "GET /api/me/activity signed in").toBe(200);
    expect(mine.headers.get("cache-control")).toContain("no-store");
    expect(activityResponseSchema.parse(await mine.json()).app).toBe(vertical.name);
  });
}
