import { activityResponseSchema, feedResponseSchema, searchResponseSchema } from "@stepperslife/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeClientFor, startVerticalTestApp, type Routes, type VerticalTestApp } from "./vertical-app";

export interface DescribeVerticalContractOptions {
  /** The app's manifest name: everything else (migrations, kernel, routes, port) follows from it. */
  app: string;
}

/**
 * The test every generated vertical starts with (`npm run new:vertical`): its health, feed, search and activity
 * routes, against a database its own migrations built and a real S3 server, answer what operators and the portal
 * expect. Until the vertical builds something for the portal that is valid empty lists, and it stays valid after.
 */
export function describeVerticalContract({ app }: DescribeVerticalContractOptions) {
  describe(`${app}: the routes every vertical has`, () => {
    let testApp: VerticalTestApp<{ $disconnect(): Promise<void> }>;
    let routes: Routes;
    const { callRoute } = routeClientFor(app);

    beforeAll(async () => {
      testApp = await startVerticalTestApp({ app });
      routes = await testApp.importRoutes();
    });
    afterAll(() => testApp?.close());

    it("is healthy: its migrated database and its own bucket answer", async () => {
      const { status, json } = await callRoute(routes("/api/health").GET, { path: "/api/health" });
      expect(json).toMatchObject({ status: "ok" });
      expect(status).toBe(200);
    });

    it("answers the portal's feed and search within the contract", async () => {
      const feed = await callRoute(routes("/api/feed").GET, { path: "/api/feed" });
      expect(feed.status).toBe(200);
      expect(feedResponseSchema.parse(feed.json).app).toBe(app);
      const search = await callRoute(routes("/api/search").GET, { path: "/api/search?q=step&limit=5" });
      expect(search.status).toBe(200);
      expect(searchResponseSchema.parse(search.json).query).toBe("step");
    });

    it("answers a signed-in person's activity, and 401 to nobody", async () => {
      const person = { id: `${app}-contract-user`, email: `contract@${app}.test`, name: "Contract", image: null, roles: [] };
      const cookie = await testApp.cookieFor(person);
      const mine = await callRoute(routes("/api/me/activity").GET, { path: "/api/me/activity", cookie });
      expect(mine.status).toBe(200);
      activityResponseSchema.parse(mine.json);
      expect((await callRoute(routes("/api/me/activity").GET, { path: "/api/me/activity" })).status).toBe(401);
    });
  });
}
