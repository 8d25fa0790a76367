import { feedItemSchema } from "@stepperslife/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerticalTestDatabase, type VerticalTestDatabase } from "@stepperslife/vertical/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { seedDemoStore } from "../seed/seed-demo-store";
import { searchProducts } from "./search-products";

let database: VerticalTestDatabase<PrismaClient>;
const baseUrl = "http://store.stepperslife.test:3008";

beforeAll(async () => {
  database = await createVerticalTestDatabase({ app: "store" });
  await seedDemoStore({ db: database.db });
});
afterAll(() => database?.drop());

const search = async (q: string, limit = 10) => {
  const items = await searchProducts({ db: database.db, baseUrl, q, limit });
  for (const item of items) expect(feedItemSchema.parse(item)).toEqual(item);
  return items.map((item) => `${item.kind}:${item.id}`);
};

describe("the portal's search", () => {
  it("finds shops by name or city first, then products by name, shop or category", async () => {
    expect(await search("glide")).toEqual(["shop:shop-smooth-glide-footwear", "product:glide-oxford", "product:two-tone-spectator", "product:suede-loafer-navy"]);
    expect(await search("vest")).toEqual(["product:satin-lapel-vest"]);
    expect(await search("Accessories")).toEqual(["product:grosgrain-fedora", "product:silk-pocket-squares"]);
    expect(await search("detroit")).toEqual(["shop:shop-sharp-threads-boutique"]);
    expect(await search("chicago")).toEqual(["shop:shop-groove-records", "shop:shop-smooth-glide-footwear"]);
    expect(await search("glide", 2)).toEqual(["shop:shop-smooth-glide-footwear", "product:glide-oxford"]);
    expect(await search("tuxedo")).toEqual([]);
    const [shop] = await searchProducts({ db: database.db, baseUrl, q: "groove records", limit: 1 });
    expect(shop).toMatchObject({ title: "Groove Records", url: `${baseUrl}/shops/groove-records`, price: null });
  });

  it("never finds an unpublished product, nor a shop with nothing for sale", async () => {
    const shop = await database.db.shop.findUniqueOrThrow({ where: { slug: "groove-records" } });
    await database.db.product.updateMany({ where: { shopId: shop.id }, data: { published: false } });
    forgetCatalogSnapshot({ db: database.db });
    expect(await search("groove")).toEqual([]);
    expect(await search("music")).toEqual([]);
  });
});
