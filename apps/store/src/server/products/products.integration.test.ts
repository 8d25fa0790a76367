import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";

const { callRoute, ownerA } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let cookie: string;
let shopId: string;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  routes = await app.importRoutes();
  cookie = await app.cookieFor(ownerA);
  const shop = await callRoute(routes("/api/owner/shops").POST, { method: "POST", cookie, body: { name: "Ada's Shoes", city: "Chicago", region: "IL", timeZone: "America/Chicago" } });
  shopId = shop.json.shop.id;
});
afterAll(() => app?.close());

const createProduct = async (name: string, extra: object = {}) => {
  const created = await callRoute(routes("/api/owner/shops/[id]/products").POST, { method: "POST", params: { id: shopId }, body: { name, category: "shoes", ...extra }, cookie });
  expect(created.status).toBe(201);
  return created.json.product.id as string;
};
const saveMatrix = (productId: string, variants: object[]) => callRoute(routes("/api/owner/products/[id]/variants").PUT, { method: "PUT", params: { id: productId }, body: { variants }, cookie });
const publish = (productId: string, published = true) => callRoute(routes("/api/owner/products/[id]/published").PUT, { method: "PUT", params: { id: productId }, body: { published }, cookie });
const fieldsOf = (json: Record<string, any>) => Object.fromEntries((json.error.fields ?? []).map((field: { path: string; message: string }) => [field.path, field.message]));
const matrix = (sku: string) =>
  ["9", "10"].flatMap((size) => ["Black", "Cognac"].map((colour) => ({ size, colour, sku: `${sku}-${size}-${colour.slice(0, 3).toUpperCase()}`, priceCents: 14_500, stock: 4 })));

describe("products and their size × colour matrix", () => {
  it("creates a draft with a web address from its name and edits its details", async () => {
    const id = await createProduct("Glide Oxford");
    const stored = await app.db.product.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ slug: "glide-oxford", published: false, kind: "physical", lowStockThreshold: 3, shopId });
    const patched = await callRoute(routes("/api/owner/products/[id]").PATCH, { method: "PATCH", params: { id }, body: { description: "Leather sole.", lowStockThreshold: 5 }, cookie });
    expect(patched.json.product).toMatchObject({ name: "Glide Oxford", description: "Leather sole.", lowStockThreshold: 5, images: [], variants: [] });
    const digital = await callRoute(routes("/api/owner/shops/[id]/products").POST, { method: "POST", params: { id: shopId }, body: { name: "A track", category: "music", kind: "digital" }, cookie });
    expect(digital.status).toBe(422);
  });

  it("saves the whole matrix, then updates, adds and deletes cells in one call", async () => {
    const id = await createProduct("Matrix Oxford");
    const saved = await saveMatrix(id, matrix("MOX"));
    expect(saved.status).toBe(200);
    expect(saved.json.variants).toHaveLength(4);
    const [first, second] = saved.json.variants as { id: string; sku: string }[];
    const next = await saveMatrix(id, [
      { id: first!.id, size: "9", colour: "Black", sku: first!.sku, priceCents: 15_000, stock: 0 },
      { size: "11", colour: "Black", sku: "MOX-11-BLA", priceCents: 15_000, stock: 2 },
      // Two cells swap SKUs: allowed, as the end state has each SKU once.
      { id: second!.id, size: "9", colour: "Cognac", sku: "MOX-SWAP", priceCents: 14_500, stock: 1 },
    ]);
    expect(next.status).toBe(200);
    const rows = await app.db.productVariant.findMany({ where: { productId: id }, orderBy: { position: "asc" } });
    expect(rows.map(({ size, colour, sku, priceCents, stock }) => [size, colour, sku, priceCents, stock])).toEqual([
      ["9", "Black", "MOX-9-BLA", 15_000, 0],
      ["11", "Black", "MOX-11-BLA", 15_000, 2],
      ["9", "Cognac", "MOX-SWAP", 14_500, 1],
    ]);
    expect(rows.every((row) => row.shopId === shopId)).toBe(true);
  });

  it("answers 409 naming the cell when another product of the shop has the SKU, writing nothing", async () => {
    const taken = await createProduct("Sku Holder");
    expect((await saveMatrix(taken, [{ size: "10", colour: "", sku: "HOLD-10", priceCents: 9_000, stock: 1 }])).status).toBe(200);
    const id = await createProduct("Sku Taker");
    await saveMatrix(id, [{ size: "10", colour: "", sku: "TAKE-10", priceCents: 9_000, stock: 1 }]);
    const before = await countRows(app.db);
    const clash = await saveMatrix(id, [
      { size: "10", colour: "", sku: "TAKE-10", priceCents: 9_500, stock: 9 },
      { size: "11", colour: "", sku: "hold-10", priceCents: 9_000, stock: 1 },
    ]);
    expect(clash.status).toBe(409);
    expect(clash.json.error.code).toBe("conflict");
    expect(fieldsOf(clash.json)).toEqual({ "body.variants.1.sku": "Already used by Sku Holder." });
    expect(clash.json.error.message).toContain("Sku Holder");
    expect(await countRows(app.db)).toEqual(before);
  });

  it("refuses negative stock, a price of 0, repeated cells and SKUs with 422 beside each cell, writing nothing", async () => {
    const id = await createProduct("Strict Oxford");
    await saveMatrix(id, matrix("STR"));
    const before = await countRows(app.db);
    const cases: [object[], string, RegExp][] = [
      [[{ size: "9", colour: "", sku: "STR-A", priceCents: 100, stock: -1 }], "body.variants.0.stock", /at least 0/],
      [[{ size: "9", colour: "", sku: "STR-A", priceCents: 0, stock: 1 }], "body.variants.0.priceCents", /at least \$0\.01/],
      [[{ size: "9", colour: "", sku: "STR-A", priceCents: 100, stock: 1 }, { size: "9", colour: "", sku: "STR-B", priceCents: 100, stock: 1 }], "body.variants.1.size", /twice/],
      [[{ size: "9", colour: "", sku: "STR-A", priceCents: 100, stock: 1 }, { size: "10", colour: "", sku: "str-a", priceCents: 100, stock: 1 }], "body.variants.1.sku", /twice/],
      [[], "body.variants", /at least one/],
    ];
    for (const [variants, path, words] of cases) {
      const refused = await saveMatrix(id, variants);
      expect(refused.status, path).toBe(422);
      expect(fieldsOf(refused.json)[path], path).toMatch(words);
    }
    expect(await countRows(app.db)).toEqual(before);
    expect(await app.db.productVariant.count({ where: { productId: id } })).toBe(4);
  });

  it("answers 404 for a variant id of another product, changing nothing", async () => {
    const other = await createProduct("Other Oxford");
    const [foreign] = (await saveMatrix(other, [{ size: "8", colour: "", sku: "OTH-8", priceCents: 100, stock: 1 }])).json.variants;
    const id = await createProduct("Own Oxford");
    const before = await countRows(app.db);
    const refused = await saveMatrix(id, [{ id: foreign.id, size: "8", colour: "", sku: "OWN-8", priceCents: 100, stock: 1 }]);
    expect(refused.status).toBe(404);
    expect(await countRows(app.db)).toEqual(before);
  });
});

describe("publishing", () => {
  it("refuses a product with no variant or no photo, saying what is missing", async () => {
    const id = await createProduct("Bare Oxford");
    const bare = await publish(id);
    expect([bare.status, bare.json.error.message]).toEqual([422, "Add a size or colour with its price and stock and a photo before publishing Bare Oxford."]);
    await saveMatrix(id, matrix("BARE"));
    const noPhoto = await publish(id);
    expect([noPhoto.status, noPhoto.json.error.message]).toEqual([422, "Add a photo before publishing Bare Oxford."]);
    expect((await app.db.product.findUniqueOrThrow({ where: { id } })).published).toBe(false);
  });

  it("publishes a product with a variant and a photo, dates it once, and unpublishes it", async () => {
    const id = await createProduct("Ready Oxford");
    await saveMatrix(id, matrix("READY"));
    await app.db.productImage.create({ data: { productId: id, key: "images/demo/shoes-glide-oxford-black.jpg" } });
    const published = await publish(id);
    expect(published.status).toBe(200);
    expect(published.json.product.published).toBe(true);
    const { publishedAt } = published.json.product;
    expect((await publish(id, false)).json.product).toMatchObject({ published: false, publishedAt });
    expect((await publish(id)).json.product).toMatchObject({ published: true, publishedAt });
  });

  it("lists the shop's products with status, stock totals and low-stock variants", async () => {
    const { json } = await callRoute(routes("/api/owner/shops/[id]/products").GET, { params: { id: shopId }, cookie });
    const matrixOxford = json.products.find((product: { name: string }) => product.name === "Matrix Oxford");
    expect(matrixOxford).toMatchObject({ published: false, variantCount: 3, stockTotal: 3, lowStockThreshold: 3 });
    expect(matrixOxford.lowStock.map((variant: { sku: string; label: string; stock: number }) => [variant.sku, variant.label, variant.stock])).toEqual([
      ["MOX-9-BLA", "Size 9 · Black", 0],
      ["MOX-SWAP", "Size 9 · Cognac", 1],
      ["MOX-11-BLA", "Size 11 · Black", 2],
    ]);
    expect(json.products[0]).toMatchObject({ name: "Ready Oxford", published: true, price: "$145" });
  });
});
