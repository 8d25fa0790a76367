import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerticalTestDatabase, type VerticalTestDatabase } from "@stepperslife/vertical/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoStore } from "../seed/seed-demo-store";
import { noFilters, productFiltersSchema } from "./catalog-schemas";
import { forgetCatalogSnapshot } from "./forget-catalog-snapshot";
import { listCatalogFacets } from "./list-catalog-facets";
import { listProducts } from "./list-products";

let database: VerticalTestDatabase<PrismaClient>;
const seededAt = new Date("2026-12-04T15:00:00Z");

beforeAll(async () => {
  database = await createVerticalTestDatabase({ app: "store" });
  await seedDemoStore({ db: database.db, now: seededAt });
});
afterAll(() => database?.drop());

/** The slugs listed for filters as a URL gives them (dollars, "1"), after the schema has parsed them. */
const slugs = async (query: Record<string, string> = {}) =>
  (await listProducts({ db: database.db, filters: productFiltersSchema.parse(query), now: seededAt })).map((card) => card.slug);
const newestFirst = [
  "glide-oxford",
  "satin-lapel-vest",
  "midnight-groove-lp",
  "two-tone-spectator",
  "linen-band-collar-shirt",
  "grosgrain-fedora",
  "silk-pocket-squares",
  "suede-loafer-navy",
  "steppin-classics-cd",
];
const changed = async (write: Promise<unknown>) => {
  await write;
  forgetCatalogSnapshot({ db: database.db });
};

describe("browsing the catalog", () => {
  it("seeds the demo once, however often the seed runs", async () => {
    const counts = async () => [await database.db.shop.count(), await database.db.product.count(), await database.db.productVariant.count()];
    const before = await counts();
    expect(before.slice(0, 2)).toEqual([3, 9]);
    expect(await seedDemoStore({ db: database.db, now: seededAt })).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("lists every published product newest first, each card with its shop, price range, stock and newness", async () => {
    expect(await slugs()).toEqual(newestFirst);
    const cards = await listProducts({ db: database.db, filters: noFilters, now: seededAt });
    expect(cards[0]).toMatchObject({
      name: "Glide Oxford",
      shop: { name: "Smooth Glide Footwear", slug: "smooth-glide-footwear" },
      category: "shoes",
      categoryLabel: "Shoes",
      price: { minCents: 14500, maxCents: 15500, label: "From $145" },
      inStock: true,
      isNew: true,
      imageUrl: null, // seeded without a bucket
    });
    expect(cards.find((card) => card.slug === "suede-loafer-navy")).toMatchObject({ price: { label: "$120" }, isNew: false });
  });

  it("filters by category, shop and words in the name, shop, category or colour", async () => {
    expect(await slugs({ category: "shoes" })).toEqual(["glide-oxford", "two-tone-spectator", "suede-loafer-navy"]);
    expect(await slugs({ shop: "groove-records" })).toEqual(["midnight-groove-lp", "steppin-classics-cd"]);
    expect(await slugs({ q: "OXFORD" })).toEqual(["glide-oxford"]);
    expect(await slugs({ q: "sharp threads" })).toEqual(["satin-lapel-vest", "linen-band-collar-shirt", "grosgrain-fedora", "silk-pocket-squares"]);
    expect(await slugs({ q: "music" })).toEqual(["midnight-groove-lp", "steppin-classics-cd"]);
    expect(await slugs({ q: "cognac glide" })).toEqual(["glide-oxford"]);
    expect(await slugs({ q: "burgundy", category: "apparel" })).toEqual(["satin-lapel-vest"]);
    expect(await slugs({ q: "oxford", category: "music" })).toEqual([]);
  });

  it("matches size, colour, price and stock on one and the same variant", async () => {
    expect(await slugs({ size: "13" })).toEqual(["glide-oxford", "two-tone-spectator"]);
    expect(await slugs({ size: "8.5" })).toEqual(["glide-oxford"]);
    expect(await slugs({ colour: "navy" })).toEqual(["suede-loafer-navy"]);
    expect(await slugs({ size: "xl", colour: "Burgundy" })).toEqual(["satin-lapel-vest"]);
    // Cognac size 13 is the one sold-out variant: it exists, but not in stock; black 13 still is.
    expect(await slugs({ size: "13", colour: "Cognac" })).toEqual(["glide-oxford"]);
    expect(await slugs({ size: "13", colour: "Cognac", inStock: "1" })).toEqual([]);
    expect(await slugs({ size: "13", inStock: "1" })).toEqual(["glide-oxford", "two-tone-spectator"]);
    expect(await slugs({ maxPrice: "40" })).toEqual(["midnight-groove-lp", "silk-pocket-squares", "steppin-classics-cd"]);
    expect(await slugs({ minPrice: "150" })).toEqual(["glide-oxford", "two-tone-spectator"]);
    // The oxford's black pairs are $145, its cognac $155: only cognac is in $150–$160, and only black in size 13 stock.
    expect(await slugs({ minPrice: "150", maxPrice: "160", colour: "black" })).toEqual([]);
    expect(await slugs({ minPrice: "99.99", maxPrice: "120", category: "shoes" })).toEqual(["suede-loafer-navy"]);
  });

  it("sorts by price either way, newest first among equals", async () => {
    const cheapFirst = await slugs({ sort: "price_asc" });
    expect(cheapFirst[0]).toBe("steppin-classics-cd");
    expect(cheapFirst.at(-1)).toBe("two-tone-spectator");
    expect(await slugs({ sort: "price_desc" })).toEqual(cheapFirst.toReversed());
    expect(await slugs({ sort: "price_asc", category: "apparel" })).toEqual(["linen-band-collar-shirt", "satin-lapel-vest"]);
  });

  it("offers only the sizes, colours and shops that are for sale", async () => {
    const facets = await listCatalogFacets({ db: database.db });
    expect(facets.sizes).toEqual(["8", "8.5", "9", "9.5", "10", "10.5", "11", "11.5", "12", "13", "S", "S/M", "M", "L", "L/XL", "XL", "XXL"]);
    expect(facets.colours).toEqual(["Black", "Black & White", "Burgundy", "Charcoal", "Cognac", "Cream", "Navy"]);
    expect(facets.shops.map((shop) => shop.name)).toEqual(["Groove Records", "Sharp Threads Boutique", "Smooth Glide Footwear"]);
  });

  it("says sold out when every variant is gone, and leaves it out of in-stock listings", async () => {
    const loafer = await database.db.product.findUniqueOrThrow({ where: { slug: "suede-loafer-navy" } });
    await changed(database.db.productVariant.updateMany({ where: { productId: loafer.id }, data: { stock: 0 } }));
    const cards = await listProducts({ db: database.db, filters: noFilters, now: seededAt });
    expect(cards.find((card) => card.slug === "suede-loafer-navy")?.inStock).toBe(false);
    expect(await slugs({ category: "shoes", inStock: "1" })).toEqual(["glide-oxford", "two-tone-spectator"]);
  });

  it("never lists an unpublished product, nor one without variants, nor offers its sizes", async () => {
    const vest = await database.db.product.findUniqueOrThrow({ where: { slug: "satin-lapel-vest" } });
    await changed(database.db.product.update({ where: { id: vest.id }, data: { published: false } }));
    const shop = await database.db.shop.findUniqueOrThrow({ where: { slug: "sharp-threads-boutique" } });
    await changed(
      database.db.product.create({ data: { shopId: shop.id, slug: "empty-draft", name: "Nothing to buy yet", category: "apparel", published: true, publishedAt: seededAt } }),
    );
    const listed = await slugs();
    expect(listed).not.toContain("satin-lapel-vest");
    expect(listed).not.toContain("empty-draft");
    expect(await slugs({ colour: "Burgundy" })).toEqual([]);
    expect((await listCatalogFacets({ db: database.db })).colours).not.toContain("Burgundy");
    await changed(database.db.product.update({ where: { id: vest.id }, data: { published: true } }));
    expect(await slugs({ colour: "Burgundy" })).toEqual(["satin-lapel-vest"]);
  });
});

describe("the listing's query", () => {
  it("reads prices in dollars as cents and refuses what it can't understand", () => {
    expect(productFiltersSchema.parse({ minPrice: "49.99", maxPrice: "150", inStock: "1" })).toMatchObject({ minPrice: 4999, maxPrice: 15000, inStock: true, sort: "new" });
    const bad = [{ category: "hats" }, { minPrice: "cheap" }, { minPrice: "-1" }, { inStock: "maybe" }, { sort: "random" }, { shop: "Not A Slug" }, { minPrice: "90", maxPrice: "10" }, { page: "2" }];
    for (const query of bad) expect(productFiltersSchema.safeParse(query).success, JSON.stringify(query)).toBe(false);
  });
});
