import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoStore } from "@/server/seed/seed-demo-store";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
const cookies = { a: "", b: "", customer: "" };
let a: { shop: string; product: string; image: string; variant: string };
let b: { shop: string; product: string };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  await seedDemoStore({ db: app.db });
  routes = await app.importRoutes();
  cookies.a = await app.cookieFor(ownerA);
  cookies.b = await app.cookieFor(ownerB);
  cookies.customer = await app.cookieFor(customer);
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.a });
  const variant = await app.db.productVariant.findFirstOrThrow({ where: { shop: { ownerId: ownerA.id } }, include: { product: true } });
  const image = await app.db.productImage.create({ data: { productId: variant.productId, key: "images/demo/shoes-glide-oxford-black.jpg", position: 99 } });
  a = { shop: variant.shopId, product: variant.productId, image: image.id, variant: variant.id };
  // Owner B has a shop and a product of their own; the demo ones are A's.
  const shop = await callRoute(routes("/api/owner/shops").POST, { method: "POST", cookie: cookies.b, body: { name: "Bo's Boots", city: "Gary", region: "IN", timeZone: "America/Chicago" } });
  const product = await callRoute(routes("/api/owner/shops/[id]/products").POST, { method: "POST", params: { id: shop.json.shop.id }, cookie: cookies.b, body: { name: "Bo Boot", category: "shoes" } });
  b = { shop: shop.json.shop.id, product: product.json.product.id };
});
afterAll(() => app?.close());

const variantRow = (id?: string) => ({ ...(id ? { id } : {}), size: "10", colour: "", sku: "TAKEN-10", priceCents: 100, stock: 1 });

describe("an owner reaches only their own shops, products and photos", () => {
  it("answers 404 to owner B for everything of owner A's, changing nothing", async () => {
    const r = routes;
    const before = await countRows(app.db);
    const asB = await Promise.all(
      [
        [r("/api/owner/shops/[id]").GET, { params: { id: a.shop } }],
        [r("/api/owner/shops/[id]").PATCH, { method: "PATCH", params: { id: a.shop }, body: { name: "Taken over" } }],
        [r("/api/owner/shops/[id]/products").GET, { params: { id: a.shop } }],
        [r("/api/owner/shops/[id]/products").POST, { method: "POST", params: { id: a.shop }, body: { name: "Intruder", category: "shoes" } }],
        [r("/api/owner/shops/[id]/images").POST, { method: "POST", path: "/x?target=logo", params: { id: a.shop }, body: { contentType: "image/png" } }],
        [r("/api/owner/shops/[id]/images/confirm").POST, { method: "POST", path: "/x?target=logo", params: { id: a.shop }, body: { key: `uploads/shops/${a.shop}/logo/x.png` } }],
        // B's own shop with A's product: still not B's.
        [r("/api/owner/shops/[id]/images").POST, { method: "POST", path: `/x?target=product&productId=${a.product}`, params: { id: b.shop }, body: { contentType: "image/png" } }],
        [r("/api/owner/shops/[id]/images/confirm").POST, { method: "POST", path: `/x?target=product&productId=${a.product}`, params: { id: b.shop }, body: { key: `uploads/shops/${b.shop}/products/${a.product}/x.png` } }],
        [r("/api/owner/products/[id]").GET, { params: { id: a.product } }],
        [r("/api/owner/products/[id]").PATCH, { method: "PATCH", params: { id: a.product }, body: { name: "Mine now" } }],
        [r("/api/owner/products/[id]/variants").PUT, { method: "PUT", params: { id: a.product }, body: { variants: [variantRow()] } }],
        // B's own product with A's variant id: 404, A's variant untouched.
        [r("/api/owner/products/[id]/variants").PUT, { method: "PUT", params: { id: b.product }, body: { variants: [variantRow(a.variant)] } }],
        [r("/api/owner/products/[id]/published").PUT, { method: "PUT", params: { id: a.product }, body: { published: false } }],
        [r("/api/owner/products/[id]/images").PUT, { method: "PUT", params: { id: a.product }, body: { imageIds: [a.image] } }],
        [r("/api/owner/products/[id]/images/[imageId]").DELETE, { method: "DELETE", params: { id: a.product, imageId: a.image } }],
        [r("/api/owner/products/[id]/images/[imageId]").DELETE, { method: "DELETE", params: { id: b.product, imageId: a.image } }],
      ].map(async ([handler, options]) => (await callRoute(handler as Parameters<typeof callRoute>[0], { ...(options as object), cookie: cookies.b })).status),
    );
    expect(asB).toEqual(asB.map(() => 404));
    expect(await countRows(app.db)).toEqual(before);
    const own = (await callRoute(r("/api/owner/shops").GET, { cookie: cookies.b })).json.shops;
    expect(own.map((shop: { name: string }) => shop.name)).toEqual(["Bo's Boots"]);
    expect((await callRoute(r("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.b })).json.claimed).toBe(0);
  });

  it("lets owner A do the same things", async () => {
    const product = await callRoute(routes("/api/owner/products/[id]").GET, { params: { id: a.product }, cookie: cookies.a });
    expect(product.status).toBe(200);
    expect((await callRoute(routes("/api/owner/shops/[id]/products").GET, { params: { id: a.shop }, cookie: cookies.a })).json.products.length).toBeGreaterThan(0);
    expect((await callRoute(routes("/api/owner/products/[id]").PATCH, { method: "PATCH", params: { id: a.product }, body: { lowStockThreshold: 2 }, cookie: cookies.a })).status).toBe(200);
  });

  it("answers 401 signed out and 403 to a customer on owner routes", async () => {
    for (const [cookie, status] of [[null, 401], [cookies.customer, 403]] as const) {
      expect((await callRoute(routes("/api/owner/shops").GET, { cookie })).status).toBe(status);
      expect((await callRoute(routes("/api/owner/products/[id]").GET, { params: { id: a.product }, cookie })).status).toBe(status);
      expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie })).status).toBe(status);
    }
  });
});
