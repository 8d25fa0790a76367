import { activityResponseSchema, feedResponseSchema, searchResponseSchema } from "@stepperslife/contracts";
import { getApp } from "@stepperslife/manifest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallRoute, startVerticalTestApp, type VerticalTestApp, type VerticalTestDatabase } from "./vertical-app";

type Route = { GET(request: Request): Promise<Response> };

export interface VerticalContractRoutes {
  health: Route;
  feed: Route;
  search: Route;
  activity: Route;
}

export interface DescribeVerticalContractOptions<Database extends VerticalTestDatabase> {
  /** The app's manifest name. */
  app: string;
  /** A fresh database with the app's migrations applied (its first migration included). */
  createDatabase(): Promise<Database>;
  /** The app's src/app/api folder: its real route modules are imported from there once the test env is set (they read it). */
  apiDir: URL;
}

/** Where each standard route lives under src/app/api, by the generator's layout. */
const routeFiles: Record<keyof VerticalContractRoutes, string> = {
  health: "health/route.ts",
  feed: "feed/route.ts",
  search: "search/route.ts",
  activity: "me/activity/route.ts",
};

async function loadRoutes(apiDir: URL): Promise<VerticalContractRoutes> {
  const entries = Object.entries(routeFiles).map(async ([name, file]) => [name, (await import(new URL(file, apiDir).href)) as Route]);
  return Object.fromEntries(await Promise.all(entries)) as VerticalContractRoutes;
}

/**
 * The test every generated vertical starts with (`npm run new:vertical`): its health, feed, search and activity
 * routes, against a database its own migrations built and a real S3 server, answer what operators and the portal
 * expect. Until the vertical builds something for the portal that is valid empty lists, and it stays valid after.
 */
export function describeVerticalContract<Database extends VerticalTestDatabase>(options: DescribeVerticalContractOptions<Database>) {
  const { app, createDatabase, apiDir } = options;
  describe(`${app}: the routes every vertical has`, () => {
    let testApp: VerticalTestApp<Database>;
    let routes: VerticalContractRoutes;
    const callRoute = createCallRoute(`http://localhost:${getApp(app).port}`);

    beforeAll(async () => {
      // No Stripe delivery is ever sent in these tests, so no webhook route is needed.
      const loadWebhookRoute = () => Promise.reject(new Error(`${app}'s contract test sends no Stripe webhooks`));
      testApp = await startVerticalTestApp({ app, createDatabase, loadWebhookRoute });
      routes = await loadRoutes(apiDir);
    });
    afterAll(() => testApp?.close());

    it("is healthy: its migrated database and its own bucket answer", async () => {
      const { status, json } = await callRoute(routes.health.GET, { path: "/api/health" });
      expect(json).toMatchObject({ status: "ok" });
      expect(status).toBe(200);
    });

    it("answers the portal's feed and search within the contract", async () => {
      const feed = await callRoute(routes.feed.GET, { path: "/api/feed" });
      expect(feed.status).toBe(200);
      expect(feedResponseSchema.parse(feed.json).app).toBe(app);
      const search = await callRoute(routes.search.GET, { path: "/api/search?q=step&limit=5" });
      expect(search.status).toBe(200);
      expect(searchResponseSchema.parse(search.json).query).toBe("step");
    });

    it("answers a signed-in person's activity, and 401 to nobody", async () => {
      const person = { id: `${app}-contract-user`, email: `contract@${app}.test`, name: "Contract", image: null, roles: [] };
      const cookie = await testApp.cookieFor(person);
      const mine = await callRoute(routes.activity.GET, { path: "/api/me/activity", cookie });
      expect(mine.status).toBe(200);
      activityResponseSchema.parse(mine.json);
      expect((await callRoute(routes.activity.GET, { path: "/api/me/activity" })).status).toBe(401);
    });
  });
}
