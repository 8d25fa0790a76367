import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@stepperslife/auth-config";
import { getApp, internalUrlOf } from "@stepperslife/manifest";
import { startFakeVertical, type FakeVertical } from "@/testing/start-fake-vertical";


// The portal's loaders as the pages call them: env → internal URLs → fan-out → the shared last-good cache.
const timeoutMs = 300;
const names = ["restaurants", "events", "store", "classes", "magazine", "services"] as const;
let verticals: Record<(typeof names)[number], FakeVertical>;
let loaders: {
  loadHomeFeed: typeof import("./load-home-feed").loadHomeFeed;
  searchVerticals: typeof import("./search-verticals").searchVerticals;
  loadMyActivity: typeof import("./load-my-activity").loadMyActivity;
};

const ana: SessionUser = { id: "u-ana", name: "Ana", email: "ana@example.com", image: null, roles: [] };
const bo: SessionUser = { ...ana, id: "u-bo", email: "bo@example.com" };

beforeAll(async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  const started = await Promise.all(names.map((name) => startFakeVertical(name)));
  verticals = Object.fromEntries(names.map((name, index) => [name, started[index]!])) as typeof verticals;
  // The portal's own env, each vertical pointed at its fake. Nothing here opens the database.
  process.env.AUTH_SECRET = "portal-sections-test-secret-0123456789abcdef";
  process.env.DATABASE_URL = "postgres://nobody:unused@127.0.0.1:1/stepperslife_main";
  process.env.UPSTREAM_TIMEOUT_MS = String(timeoutMs);
  for (const name of names) process.env[internalUrlOf(getApp(name)).variable] = verticals[name].upstream.internalUrl;
  loaders = {
    loadHomeFeed: (await import("./load-home-feed")).loadHomeFeed,
    searchVerticals: (await import("./search-verticals")).searchVerticals,
    loadMyActivity: (await import("./load-my-activity")).loadMyActivity,
  };
});

afterAll(async () => {
  vi.restoreAllMocks();
  await Promise.all(Object.values(verticals).map((vertical) => vertical.stop()));
});

const statuses = (sections: { upstream: { app: string }; status: string }[]) =>
  Object.fromEntries(sections.map((section) => [section.upstream.app, section.status]));

describe("the portal's sections", () => {
  it("reads the home feed from every vertical's internal URL and links to its public one", async () => {
    const sections = await loaders.loadHomeFeed();
    expect(sections.map((section) => section.upstream.app)).toEqual([...names]);
    expect(sections.every((section) => section.status === "ok")).toBe(true);
    expect(sections[0]?.upstream.publicUrl).toBe(`http://localhost:${getApp("restaurants").port}`);
    expect(sections[0]?.upstream.section).toEqual(getApp("restaurants").portal);
  });

  it("answers within the timeout with one app stopped, one hung and one off-contract; the rest intact", async () => {
    await verticals.classes.stop();
    verticals.store.behaviour = "slow";
    verticals.services.behaviour = "invalid";
    const started = performance.now();
    const sections = await loaders.loadHomeFeed();
    expect(performance.now() - started).toBeLessThan(timeoutMs + 150);
    // Services and the others answered before (previous test): shown from that answer, marked stale.
    expect(statuses(sections)).toEqual({
      restaurants: "ok",
      events: "ok",
      store: "stale",
      classes: "stale",
      magazine: "ok",
      services: "stale",
    });
    await verticals.classes.start();
    verticals.store.behaviour = "ok";
    verticals.services.behaviour = "ok";
    expect(Object.values(statuses(await loaders.loadHomeFeed()))).toEqual(names.map(() => "ok"));
  });

  it("marks a search section unavailable when that app fails on a query it never answered", async () => {
    verticals.magazine.behaviour = "error";
    const sections = await loaders.searchVerticals({ q: "ribs", limit: 6 });
    verticals.magazine.behaviour = "ok";
    expect(statuses(sections)).toMatchObject({ restaurants: "ok", magazine: "unavailable" });
    const restaurants = sections[0];
    expect(restaurants?.status === "ok" && restaurants.data.query).toBe("ribs");
  });

  it("forwards only the session cookie for activity, and never shows one person's fallback to another", async () => {
    const cookieHeader = "theme=dark; stepperslife.session-token=ana-token; csrf=secret";
    const mine = await loaders.loadMyActivity({ user: ana, cookieHeader });
    expect(mine.every((section) => section.status === "ok")).toBe(true);
    expect(verticals.events.requests.at(-1)?.cookie).toBe("stepperslife.session-token=ana-token");

    await verticals.events.stop();
    const anaAgain = await loaders.loadMyActivity({ user: ana, cookieHeader });
    const boFirst = await loaders.loadMyActivity({ user: bo, cookieHeader: "stepperslife.session-token=bo-token" });
    await verticals.events.start();
    expect(statuses(anaAgain).events).toBe("stale");
    expect(statuses(boFirst).events).toBe("unavailable");
  });
});
