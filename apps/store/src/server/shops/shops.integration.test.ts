import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { DEMO_OWNER_ID } from "../seed/demo-owner";
import { seedDemoStore } from "../seed/seed-demo-store";

const { callRoute, ownerA, ownerB, customer } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
const cookies = { a: "", b: "", customer: "" };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  await seedDemoStore({ db: app.db });
  routes = await app.importRoutes();
  cookies.a = await app.cookieFor(ownerA);
  cookies.b = await app.cookieFor(ownerB);
  cookies.customer = await app.cookieFor(customer);
});
afterAll(() => app?.close());

const profile = { name: "Bo's Boot Barn", story: "Boots for the floor.", city: "Gary", region: "IN", timeZone: "America/Chicago", shippingFlatCents: 900, freeShippingOverCents: 15_000, returnWindowDays: 14, returnTerms: "Unworn, in the box." };
const create = (body: unknown, cookie = cookies.b) => callRoute(routes("/api/owner/shops").POST, { method: "POST", body, cookie });

describe("opening and editing a shop", () => {
  it("creates a shop with its web address from the name, unique when the name repeats", async () => {
    const first = await create(profile);
    expect(first.status).toBe(201);
    expect(first.json.shop.slug).toBe("bos-boot-barn");
    const second = await create(profile);
    expect(second.json.shop.slug).toMatch(/^bos-boot-barn-[0-9a-f]{4}$/);
    const stored = await app.db.shop.findUniqueOrThrow({ where: { id: first.json.shop.id } });
    expect(stored).toMatchObject({ ...profile, ownerId: ownerB.id, logoKey: null });
  });

  it("fills defaults for what a new shop leaves out", async () => {
    const { json } = await create({ name: "Plain Shop", city: "Chicago", region: "IL", timeZone: "America/New_York" });
    expect(await app.db.shop.findUniqueOrThrow({ where: { id: json.shop.id } })).toMatchObject({ story: "", shippingFlatCents: 800, freeShippingOverCents: null, returnWindowDays: 30, returnTerms: "" });
  });

  it("refuses bad profiles with a message next to each field, writing nothing", async () => {
    const before = await countRows(app.db);
    const refused = await create({ ...profile, name: "B", timeZone: "Mars/Olympus", shippingFlatCents: -1, returnWindowDays: 400 });
    expect(refused.status).toBe(422);
    const fields = Object.fromEntries((refused.json.error.fields as { path: string; message: string }[]).map((field) => [field.path, field.message]));
    expect(Object.keys(fields).sort()).toEqual(["body.name", "body.returnWindowDays", "body.shippingFlatCents", "body.timeZone"]);
    for (const message of Object.values(fields)) expect(message).not.toMatch(/body\.|expected number|Too (big|small)/);
    expect(fields["body.shippingFlatCents"]).toMatch(/\$0\.00/);
    expect(await countRows(app.db)).toEqual(before);
  });

  it("changes the profile and keeps the web address", async () => {
    const { json } = await create({ ...profile, name: "Edit Me" });
    const patched = await callRoute(routes("/api/owner/shops/[id]").PATCH, {
      method: "PATCH",
      params: { id: json.shop.id },
      body: { name: "Edited", freeShippingOverCents: null, returnWindowDays: 0, returnTerms: "Final sale." },
      cookie: cookies.b,
    });
    expect(patched.status).toBe(200);
    expect(patched.json.shop).toMatchObject({ name: "Edited", slug: "edit-me", freeShippingOverCents: null, returnWindowDays: 0, returnTerms: "Final sale." });
    const empty = await callRoute(routes("/api/owner/shops/[id]").PATCH, { method: "PATCH", params: { id: json.shop.id }, body: {}, cookie: cookies.b });
    expect(empty.status).toBe(422);
  });

  it("lists only the owner's own shops", async () => {
    const { json } = await callRoute(routes("/api/owner/shops").GET, { cookie: cookies.b });
    expect(json.shops.map((shop: { name: string }) => shop.name).sort()).toEqual(["Bo's Boot Barn", "Bo's Boot Barn", "Edited", "Plain Shop"]);
    expect(json.shops[0]).toMatchObject({ productCount: 0, publishedCount: 0, toPack: 0, lowStock: [] });
  });
});

describe("taking over the demo shops", () => {
  it("is refused signed out and to a customer", async () => {
    expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST" })).status).toBe(401);
    expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.customer })).status).toBe(403);
  });

  it("gives every demo shop to the first owner who asks, at once, and none to the next", async () => {
    const demo = await app.db.shop.count({ where: { ownerId: DEMO_OWNER_ID } });
    expect(demo).toBe(3);
    const answers = await Promise.all([cookies.a, cookies.b, cookies.a].map((cookie) => callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.json.claimed).sort()).toEqual([0, 0, 3]);
    expect(await app.db.shop.count({ where: { ownerId: DEMO_OWNER_ID } })).toBe(0);
    const winner = (await app.db.shop.findFirstOrThrow({ where: { slug: "groove-records" } })).ownerId;
    expect(await app.db.shop.count({ where: { ownerId: winner, slug: { in: ["smooth-glide-footwear", "sharp-threads-boutique", "groove-records"] } } })).toBe(3);
  });

  it("shows the claimed shops' low-stock variants on the owner's list", async () => {
    const winner = (await app.db.shop.findFirstOrThrow({ where: { slug: "groove-records" } })).ownerId;
    const { json } = await callRoute(routes("/api/owner/shops").GET, { cookie: winner === ownerA.id ? cookies.a : cookies.b });
    const low = json.shops.flatMap((shop: { lowStock: { stock: number }[] }) => shop.lowStock);
    expect(low.length).toBeGreaterThan(0);
    const thresholds = await app.db.productVariant.findMany({ where: { id: { in: low.map((variant: { variantId: string }) => variant.variantId) } }, include: { product: true } });
    for (const variant of thresholds) expect(variant.stock).toBeLessThanOrEqual(variant.product.lowStockThreshold);
  });
});
