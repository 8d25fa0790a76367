import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoStore } from "../seed/seed-demo-store";
import { forgetCatalogSnapshot } from "./forget-catalog-snapshot";

const { callRoute } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  await seedDemoStore({ db: app.db });
  routes = await app.importRoutes();
});
afterAll(() => app?.close());

const list = (query = "") => callRoute(routes("/api/products").GET, { path: `/api/products${query}` });
const slugs = async (query = "") => {
  const { status, json } = await list(query);
  expect(status, query).toBe(200);
  return (json.products as { slug: string }[]).map((card) => card.slug);
};

describe("GET /api/products", () => {
  it("answers cards with shop, category, cover, price range, stock and newness", async () => {
    const { json } = await list();
    expect(json.products).toHaveLength(9);
    expect(json.products[0]).toMatchObject({
      slug: "glide-oxford",
      name: "Glide Oxford",
      shop: { name: "Smooth Glide Footwear", slug: "smooth-glide-footwear" },
      category: "shoes",
      price: { label: "From $145" },
      inStock: true,
      isNew: true,
    });
    expect(Object.keys(json.products[0]).sort()).toEqual(
      ["category", "categoryLabel", "id", "imageAlt", "imageUrl", "inStock", "isNew", "name", "price", "publishedAt", "shop", "slug", "updatedAt"].sort(),
    );
  });

  it("combines filters from the query string, each narrowing as it should", async () => {
    expect(await slugs("?category=shoes&size=13&inStock=1")).toEqual(["glide-oxford", "two-tone-spectator"]);
    expect(await slugs("?category=shoes&size=13&colour=Cognac&inStock=1")).toEqual([]);
    expect(await slugs("?shop=sharp-threads-boutique&maxPrice=60")).toEqual(["linen-band-collar-shirt", "silk-pocket-squares"]);
    expect(await slugs("?q=groove&sort=price_desc")).toEqual(["midnight-groove-lp", "steppin-classics-cd"]);
    expect(await slugs("?minPrice=100&sort=price_asc")).toEqual(["suede-loafer-navy", "glide-oxford", "two-tone-spectator"]);
    expect(await slugs("?colour=cream")).toEqual(["linen-band-collar-shirt"]);
  });

  it("never lists an unpublished product", async () => {
    await app.db.product.update({ where: { slug: "two-tone-spectator" }, data: { published: false } });
    forgetCatalogSnapshot({ db: app.db });
    expect(await slugs("?category=shoes")).toEqual(["glide-oxford", "suede-loafer-navy"]);
    const page = await callRoute(routes("/api/products/[slug]").GET, { params: { slug: "two-tone-spectator" } });
    expect(page.status).toBe(404);
    await app.db.product.update({ where: { slug: "two-tone-spectator" }, data: { published: true } });
    forgetCatalogSnapshot({ db: app.db });
  });

  it("answers 422 with people's words to a query it can't understand, writing nothing", async () => {
    const before = await countRows(app.db);
    const bad = ["?category=hats", "?minPrice=cheap", "?maxPrice=-5", "?inStock=maybe", "?sort=random", "?shop=Not%20A%20Slug", "?minPrice=90&maxPrice=10", "?page=2", `?q=${"x".repeat(101)}`];
    for (const query of bad) {
      const { status, json } = await list(query);
      expect(status, query).toBe(422);
      expect(json.error, query).toMatchObject({ code: "invalid_input", message: expect.any(String) });
      expect(json.error.message, query).not.toMatch(/query\.|body\./);
    }
    expect(await countRows(app.db)).toEqual(before);
  });
});

describe("GET /api/products/{slug} and /api/shops/{slug}", () => {
  it("answers a product with its variants and its shop's terms, 404 when unknown, 422 when malformed", async () => {
    const { status, json } = await callRoute(routes("/api/products/[slug]").GET, { params: { slug: "satin-lapel-vest" } });
    expect(status).toBe(200);
    expect(json.product).toMatchObject({ name: "Satin Lapel Vest", sizes: ["S", "M", "L", "XL"], colours: ["Black", "Burgundy"], shop: { terms: { returns: "Returns within 14 days of delivery" } } });
    expect(json.product.variants.find((variant: { sku: string }) => variant.sku === "ST-VST-BUR-XL")).toMatchObject({ label: "Size XL · Burgundy", availability: "Only 2 left" });
    expect((await callRoute(routes("/api/products/[slug]").GET, { params: { slug: "no-such-vest" } })).status).toBe(404);
    expect((await callRoute(routes("/api/products/[slug]").GET, { params: { slug: "Bad Slug!" } })).status).toBe(422);
  });

  it("answers a shop with its products, 404 when unknown", async () => {
    const { status, json } = await callRoute(routes("/api/shops/[slug]").GET, { params: { slug: "groove-records" } });
    expect(status).toBe(200);
    expect(json.shop).toMatchObject({ name: "Groove Records", terms: { returns: "All sales final" } });
    expect(json.shop.products.map((card: { slug: string }) => card.slug)).toEqual(["midnight-groove-lp", "steppin-classics-cd"]);
    expect((await callRoute(routes("/api/shops/[slug]").GET, { params: { slug: "nobody" } })).status).toBe(404);
  });
});
