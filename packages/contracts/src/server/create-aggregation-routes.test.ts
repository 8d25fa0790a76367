import type { SessionUser } from "@stepperslife/auth-config";
import { createRouteFactory } from "@stepperslife/http";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ActivityItem } from "../activity";
import type { FeedItem } from "../feed-item";
import { activityResponseSchema, feedResponseSchema, searchResponseSchema } from "../index";
import { createAggregationRoutes, type AggregationLoaders } from "./create-aggregation-routes";

const ana: SessionUser = { id: "u1", name: "Ana", email: "ana@example.com", image: null, roles: [] };

const card = (id: string, overrides: Partial<FeedItem> = {}): FeedItem => ({
  id,
  app: "restaurants",
  kind: "restaurant",
  title: `Kitchen ${id}`,
  summary: null,
  image: null,
  url: `https://restaurants.stepperslife.com/r/${id}`,
  startsAt: null,
  endsAt: null,
  price: null,
  updatedAt: "2026-11-22T18:00:00.000Z",
  ...overrides,
});

const order = (id: string, occurredAt: string): ActivityItem => ({
  id,
  app: "restaurants",
  kind: "order",
  title: `Order ${id}`,
  status: "paid",
  url: `https://restaurants.stepperslife.com/orders/${id}`,
  amount: { amountCents: 1299, currency: "USD" },
  occurredAt,
});

// A real route factory: only who is signed in is decided by the test, through its documented readSession hook.
function routesWith(loaders: Partial<AggregationLoaders>, user: SessionUser | null = null) {
  return createAggregationRoutes({
    route: createRouteFactory({ app: "restaurants", readSession: async () => user }),
    app: "restaurants",
    loadFeed: async () => [],
    search: async () => [],
    loadActivity: async () => [],
    ...loaders,
  });
}

const get = (path: string) => new Request(`http://localhost${path}`);

afterEach(() => vi.restoreAllMocks());

describe("aggregation routes", () => {
  it("answers the feed within the contract, capped, cacheable for a short while by shared caches", async () => {
    const many = Array.from({ length: 60 }, (_, index) => card(`k${index}`));
    const response = await routesWith({ loadFeed: async () => many }).feed(get("/api/feed"));
    expect(response.status).toBe(200);
    const body = feedResponseSchema.parse(await response.json());
    expect(body.app).toBe("restaurants");
    expect(body.items).toHaveLength(50);
    expect(response.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+/);
  });

  it("answers an empty vertical with a valid empty list, never a 404", async () => {
    const routes = routesWith({}, ana);
    for (const [handler, path] of [
      [routes.feed, "/api/feed"],
      [routes.search, "/api/search?q=x"],
      [routes.activity, "/api/me/activity"],
    ] as const) {
      const response = await handler(get(path));
      expect([path, response.status]).toEqual([path, 200]);
      expect(((await response.json()) as { items: unknown[] }).items).toEqual([]);
    }
  });

  it("hands search the trimmed query and its limit, and sends no more than the limit", async () => {
    const seen: unknown[] = [];
    const routes = routesWith({
      search: async (query) => {
        seen.push(query);
        return [card("a"), card("b"), card("c")];
      },
    });
    const response = await routes.search(get("/api/search?q=%20catfish%20&limit=2"));
    expect(response.status).toBe(200);
    const body = searchResponseSchema.parse(await response.json());
    expect(seen).toEqual([{ q: "catfish", limit: 2 }]);
    expect(body).toMatchObject({ app: "restaurants", query: "catfish" });
    expect(body.items.map((item) => item.id)).toEqual(["a", "b"]);
  });

  it("refuses a bad query with 422 and a readable message, without searching", async () => {
    let searched = false;
    const routes = routesWith({
      search: async () => {
        searched = true;
        return [];
      },
    });
    for (const path of ["/api/search", "/api/search?q=%20%20", `/api/search?q=${"x".repeat(101)}`, "/api/search?q=x&limit=500"]) {
      const response = await routes.search(get(path));
      expect([path, response.status]).toEqual([path, 422]);
      const body = (await response.json()) as { error: { code: string; message: string; fields?: Array<{ path: string }> } };
      expect(body.error.code).toBe("invalid_input");
      // Machines read the field's path; people read a sentence without it.
      expect(body.error.fields?.[0]?.path).toMatch(/^query\.(q|limit)$/);
      expect(body.error.message).not.toMatch(/query\./);
    }
    expect(searched).toBe(false);
  });

  it("answers activity only to a signed-in person, newest first, never cached", async () => {
    const signedOut = await routesWith({}).activity(get("/api/me/activity"));
    expect(signedOut.status).toBe(401);
    expect(((await signedOut.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");

    const forWhom: string[] = [];
    const routes = routesWith(
      {
        loadActivity: async ({ user }) => {
          forWhom.push(user.id);
          return [order("old", "2026-11-01T10:00:00Z"), order("new", "2026-11-22T18:00:00Z"), order("mid", "2026-11-10T10:00:00+02:00")];
        },
      },
      ana,
    );
    const response = await routes.activity(get("/api/me/activity"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = activityResponseSchema.parse(await response.json());
    expect(body.items.map((item) => item.id)).toEqual(["new", "mid", "old"]);
    expect(forWhom).toEqual(["u1"]);
  });

  it("turns a malformed or foreign item into a logged 500 instead of sending it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = [
      [card("a", { url: "/r/a" })],
      [card("b", { app: "events" })],
    ];
    for (const items of broken) {
      const response = await routesWith({ loadFeed: async () => items }).feed(get("/api/feed"));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain("/r/a");
    }
    expect(logged).toHaveBeenCalledTimes(2);
    expect(String(logged.mock.calls[0]?.[1])).toContain("restaurants /api/feed answered outside the contract: items.0.url");
    expect(String(logged.mock.calls[1]?.[1])).toContain('an item of "events"');
  });
});
