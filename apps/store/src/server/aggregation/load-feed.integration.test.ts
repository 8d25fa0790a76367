import { feedItemSchema } from "@stepperslife/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerticalTestDatabase, type VerticalTestDatabase } from "@stepperslife/vertical/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { seedDemoStore } from "../seed/seed-demo-store";
import { loadFeed } from "./load-feed";

let database: VerticalTestDatabase<PrismaClient>;
const baseUrl = "http://store.stepperslife.test:3008";

beforeAll(async () => {
  database = await createVerticalTestDatabase({ app: "store" });
  await seedDemoStore({ db: database.db });
});
afterAll(() => database?.drop());

describe("the portal's feed", () => {
  it("answers the newest published products within the contract, sold-out ones last", async () => {
    const feed = await loadFeed({ db: database.db, baseUrl });
    for (const item of feed) expect(feedItemSchema.parse(item)).toEqual(item);
    expect(feed.map((item) => item.id).slice(0, 3)).toEqual(["glide-oxford", "satin-lapel-vest", "midnight-groove-lp"]);
    expect(feed[0]).toMatchObject({
      app: "store",
      kind: "product",
      title: "Glide Oxford",
      summary: "Smooth Glide Footwear · Shoes · From $145",
      url: `${baseUrl}/p/glide-oxford`,
      price: { amountCents: 14500, currency: "USD" },
      startsAt: null,
    });

    const lp = await database.db.product.findUniqueOrThrow({ where: { slug: "midnight-groove-lp" } });
    await database.db.productVariant.updateMany({ where: { productId: lp.id }, data: { stock: 0 } });
    await database.db.product.update({ where: { slug: "satin-lapel-vest" }, data: { published: false } });
    forgetCatalogSnapshot({ db: database.db });
    const after = (await loadFeed({ db: database.db, baseUrl })).map((item) => item.id);
    expect(after).not.toContain("satin-lapel-vest");
    expect(after.at(-1)).toBe("midnight-groove-lp");
  });
});
