import { feedItemSchema } from "@stepperslife/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerticalTestDatabase, type VerticalTestDatabase } from "@stepperslife/vertical/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadFeed } from "../aggregation/load-feed";
import { searchRestaurants } from "../aggregation/search-restaurants";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";
import { BROWSE_SNAPSHOT_TTL_MS } from "./browse-snapshots";
import { listRestaurants } from "./list-restaurants";
import { loadBrowseSnapshot } from "./load-browse-snapshot";
import { updateRestaurant } from "./update-restaurant";

let database: VerticalTestDatabase<PrismaClient>;

beforeAll(async () => {
  database = await createVerticalTestDatabase({ app: "restaurants" });
});
afterAll(() => database?.drop());

// Tuesday 2026-11-24, 18:30 in Chicago: 19:30 in Detroit and Atlanta, 16:30 in Los Angeles.
const tuesdayEvening = new Date("2026-11-25T00:30:00Z");
// Saturday 01:30 in Chicago: only Friday's late-night kitchens are still open.
const afterTheSet = new Date("2026-11-28T07:30:00Z");

describe("browsing restaurants", () => {
  it("seeds the demo restaurants once, however often the seed runs", async () => {
    expect(await seedDemoRestaurants({ db: database.db })).toHaveLength(5);
    expect(await seedDemoRestaurants({ db: database.db })).toEqual([]);
    expect(await database.db.restaurant.count()).toBe(5);
    expect(new Set((await database.db.restaurant.findMany()).map((restaurant) => restaurant.cuisine)).size).toBe(5);
  });

  it("computes 'open now' on each restaurant's own clock, late nights included", async () => {
    const openAt = async (now: Date) => (await listRestaurants({ db: database.db, filters: { openNow: true }, now })).map((card) => card.slug);
    expect(await openAt(tuesdayEvening)).toEqual(["green-groove-la", "island-spice-detroit", "soul-kitchen-chicago", "southside-smokehouse"]);
    expect(await openAt(afterTheSet)).toEqual(["soul-kitchen-chicago", "southside-smokehouse"]);
    const [soul] = await listRestaurants({ db: database.db, filters: { q: "SOUL", openNow: false }, now: tuesdayEvening });
    expect(soul).toMatchObject({ name: "Soul Kitchen", openNow: true, hoursToday: ["11:00 AM – 2:00 AM"] });
  });

  it("filters by name and cuisine", async () => {
    const names = async (filters: { q?: string; cuisine?: "BBQ" | "Vegan" }) =>
      (await listRestaurants({ db: database.db, filters: { openNow: false, ...filters }, now: tuesdayEvening })).map((card) => card.name);
    expect(await names({ cuisine: "BBQ" })).toEqual(["Southside Smokehouse"]);
    expect(await names({ q: "groove", cuisine: "Vegan" })).toEqual(["Green Groove"]);
    expect(await names({ q: "groove", cuisine: "BBQ" })).toEqual([]);
  });

  it("answers the portal's feed and search within the contract", async () => {
    const baseUrl = "http://restaurants.stepperslife.test:3010";
    const feed = await loadFeed({ db: database.db, baseUrl, now: tuesdayEvening });
    for (const item of feed) expect(feedItemSchema.safeParse(item).success).toBe(true);
    expect(feed.at(-1)?.title).toBe("Bayou Social"); // the only one closed then
    const found = await searchRestaurants({ db: database.db, baseUrl, q: "gumbo", limit: 10 });
    expect(found.map((item) => [item.kind, item.title, item.price?.amountCents])).toEqual([["dish", "Seafood gumbo", 1799]]);
    for (const item of found) expect(feedItemSchema.safeParse(item).success).toBe(true);
  });

  it("serves listings from a short-lived snapshot that this worker's own edits refresh at once", async () => {
    const names = async () => (await listRestaurants({ db: database.db, filters: { openNow: false }, now: tuesdayEvening })).map((card) => card.name);
    const before = await names();
    const bayou = await database.db.restaurant.findUniqueOrThrow({ where: { slug: "bayou-social-atlanta" } });

    // Another worker's edit (straight to the database): this worker shows it once its snapshot expires.
    await database.db.restaurant.update({ where: { id: bayou.id }, data: { name: "Bayou Social Club" } });
    expect(await names()).toEqual(before);
    const expired = await loadBrowseSnapshot({ db: database.db, nowMs: performance.now() + BROWSE_SNAPSHOT_TTL_MS + 1 });
    expect(expired.map((row) => row.name)).toContain("Bayou Social Club");

    // An owner's edit through the app: the very next listing has it.
    await updateRestaurant({ db: database.db, ownerId: bayou.ownerId, restaurantId: bayou.id, input: { name: "Bayou Social" } });
    expect(await names()).toEqual(before);
  });
});
