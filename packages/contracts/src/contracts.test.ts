import { describe, expect, it } from "vitest";
import { activityResponseSchema, feedResponseSchema, searchQuerySchema } from "./index";

const card = {
  id: "soul-food-kitchen",
  app: "restaurants",
  kind: "restaurant",
  title: "Soul Food Kitchen",
  summary: "Fried catfish and greens",
  image: null,
  url: "https://restaurants.stepperslife.com/r/soul-food-kitchen",
  startsAt: null,
  endsAt: null,
  price: { amountCents: 1299, currency: "USD" },
  updatedAt: "2026-11-22T18:00:00.000Z",
};

describe("feed contract", () => {
  it("accepts a well-formed card and an empty answer", () => {
    expect(feedResponseSchema.parse({ app: "restaurants", items: [card] }).items).toHaveLength(1);
    expect(feedResponseSchema.parse({ app: "services", items: [] }).items).toEqual([]);
  });

  it("refuses the portal as an item's app, relative links, formatted prices and local times", () => {
    const bad = [
      { ...card, app: "main" },
      { ...card, url: "/r/soul-food-kitchen" },
      { ...card, url: "javascript:alert(1)" },
      { ...card, price: { amountCents: 12.99, currency: "USD" } },
      { ...card, price: { amountCents: 1299, currency: "usd" } },
      { ...card, updatedAt: "2026-11-22 18:00" },
    ];
    for (const item of bad) expect(feedResponseSchema.safeParse({ app: "restaurants", items: [item] }).success).toBe(false);
  });

  it("caps an answer at 50 items", () => {
    const items = Array.from({ length: 51 }, (_, index) => ({ ...card, id: `r${index}` }));
    expect(feedResponseSchema.safeParse({ app: "restaurants", items }).success).toBe(false);
  });
});

describe("search query", () => {
  it("trims the query and defaults the limit", () => {
    expect(searchQuerySchema.parse({ q: "  catfish " })).toEqual({ q: "catfish", limit: 10 });
    expect(searchQuerySchema.parse({ q: "x", limit: "25" })).toEqual({ q: "x", limit: 25 });
  });

  it("explains what is wrong with a bad query", () => {
    const messages = (input: object) => searchQuerySchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(messages({})).toEqual(["q is required"]);
    expect(messages({ q: "   " })).toEqual(["q must not be empty"]);
    expect(messages({ q: "x".repeat(101) })).toEqual(["q must be at most 100 characters"]);
    expect(messages({ q: "x", limit: "0" })).toEqual(["limit must be at least 1"]);
    expect(messages({ q: "x", limit: "abc" })).toEqual(["limit must be a number"]);
  });
});

describe("activity contract", () => {
  it("accepts an order with its status and amount", () => {
    const order = {
      id: "ord_1",
      app: "restaurants",
      kind: "order",
      title: "Pickup from Soul Food Kitchen",
      status: "ready",
      url: "https://restaurants.stepperslife.com/orders/ord_1",
      amount: { amountCents: 2598, currency: "USD" },
      occurredAt: "2026-11-22T18:00:00Z",
    };
    expect(activityResponseSchema.parse({ app: "restaurants", items: [order] }).items[0]?.status).toBe("ready");
    expect(activityResponseSchema.safeParse({ app: "restaurants", items: [{ ...order, kind: "purchase" }] }).success).toBe(false);
  });
});
