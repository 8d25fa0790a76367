import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerticalTestDatabase, type VerticalTestDatabase } from "@stepperslife/vertical/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoStore } from "../seed/seed-demo-store";
import { getProductPage } from "./get-product-page";
import { getShopPage } from "./get-shop-page";

let database: VerticalTestDatabase<PrismaClient>;

beforeAll(async () => {
  database = await createVerticalTestDatabase({ app: "store" });
  await seedDemoStore({ db: database.db });
});
afterAll(() => database?.drop());

const notFound = { code: "not_found" };

describe("the product page", () => {
  it("shows the size × colour matrix, each variant with its own price and availability", async () => {
    const page = await getProductPage({ db: database.db, slug: "glide-oxford" });
    expect(page).toMatchObject({ name: "Glide Oxford", categoryLabel: "Shoes", priceLabel: "From $145", inStock: true });
    expect(page.sizes).toEqual(["8", "8.5", "9", "9.5", "10", "10.5", "11", "11.5", "12", "13"]);
    expect(page.colours).toEqual(["Black", "Cognac"]);
    expect(page.variants).toHaveLength(20);
    const variant = (size: string, colour: string) => page.variants.find((each) => each.size === size && each.colour === colour);
    expect(variant("10", "Black")).toMatchObject({ label: "Size 10 · Black", priceLabel: "$145", availability: "In stock" });
    expect(variant("13", "Black")).toMatchObject({ stock: 2, availability: "Only 2 left" });
    expect(variant("12", "Cognac")).toMatchObject({ priceLabel: "$155", availability: "Only 1 left" });
    expect(variant("13", "Cognac")).toMatchObject({ stock: 0, availability: "Sold out" });
  });

  it("gives the shop's shipping and return terms before paying", async () => {
    const page = await getProductPage({ db: database.db, slug: "glide-oxford" });
    expect(page.shop).toMatchObject({ slug: "smooth-glide-footwear", name: "Smooth Glide Footwear", city: "Chicago", region: "IL", logoUrl: null });
    expect(page.shop.terms).toMatchObject({
      shipping: "Shipping $9.95 per order · free on $150 or more from this shop",
      returns: "Returns within 30 days of delivery",
    });
    expect(page.shop.terms.returnTerms).toMatch(/original box/);
    const record = await getProductPage({ db: database.db, slug: "midnight-groove-lp" });
    expect(record.shop.terms).toMatchObject({ shipping: "Shipping $4.50 per order", returns: "All sales final" });
    expect(record).toMatchObject({ sizes: [], colours: [], priceLabel: "$32" });
    expect(record.variants.map((each) => [each.label, each.availability])).toEqual([["", "Only 3 left"]]);
  });

  it("is not found when unknown or unpublished", async () => {
    await expect(getProductPage({ db: database.db, slug: "no-such-shoe" })).rejects.toMatchObject(notFound);
    await database.db.product.update({ where: { slug: "grosgrain-fedora" }, data: { published: false } });
    await expect(getProductPage({ db: database.db, slug: "grosgrain-fedora" })).rejects.toMatchObject(notFound);
    await database.db.product.update({ where: { slug: "grosgrain-fedora" }, data: { published: true } });
    expect((await getProductPage({ db: database.db, slug: "grosgrain-fedora" })).sizes).toEqual(["S/M", "L/XL"]);
  });
});

describe("the shop page", () => {
  it("shows the shop's story, city, terms and its products", async () => {
    const page = await getShopPage({ db: database.db, slug: "sharp-threads-boutique" });
    expect(page).toMatchObject({ name: "Sharp Threads Boutique", city: "Detroit", region: "MI" });
    expect(page.story).toMatch(/Detroit/);
    expect(page.terms).toMatchObject({ shipping: "Shipping $7 per order", returns: "Returns within 14 days of delivery" });
    expect(page.products.map((card) => card.name)).toEqual(["Satin Lapel Vest", "Linen Band-Collar Shirt", "Grosgrain Fedora", "Silk Pocket Squares (set of 3)"]);
    await expect(getShopPage({ db: database.db, slug: "no-such-shop" })).rejects.toMatchObject(notFound);
  });
});
