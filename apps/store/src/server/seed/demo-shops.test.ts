import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sniffImageType } from "@stepperslife/storage";
import { describe, expect, it } from "vitest";
import { DEMO_IMAGES_DIR } from "./demo-images-dir";
import { demoPhotoFiles, demoShops } from "./demo-shops";

const products = demoShops.flatMap((shop) => shop.products);

describe("the demo store", () => {
  it("ships every photo and logo it names, each a JPEG under 60 KB", async () => {
    expect(demoPhotoFiles).toHaveLength(13);
    for (const file of demoPhotoFiles) {
      const bytes = await readFile(join(DEMO_IMAGES_DIR, file));
      expect(sniffImageType(bytes), file).toBe("image/jpeg");
      expect(bytes.length / 1024, file).toBeLessThan(60);
    }
  });

  it("has one variant per size × colour, SKUs unique per shop, prices in cents and stock never negative", () => {
    for (const shop of demoShops) {
      const skus = shop.products.flatMap((product) => product.variants.map((variant) => variant.sku));
      expect(new Set(skus).size, shop.slug).toBe(skus.length);
    }
    for (const product of products) {
      const combinations = product.variants.map((variant) => `${variant.size}|${variant.colour}`);
      expect(new Set(combinations).size, product.slug).toBe(combinations.length);
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.priceCents) && variant.priceCents > 0, variant.sku).toBe(true);
        expect(Number.isInteger(variant.stock) && variant.stock >= 0, variant.sku).toBe(true);
      }
    }
  });

  it("tells stock apart: exactly one sold-out variant, some low, and terms that differ per shop", () => {
    const variants = products.flatMap((product) => product.variants.map((variant) => ({ ...variant, low: product.lowStockThreshold })));
    expect(variants.filter((variant) => variant.stock === 0).map((variant) => variant.sku)).toEqual(["SG-OX-COG-130"]);
    expect(variants.filter((variant) => variant.stock > 0 && variant.stock <= variant.low).length).toBeGreaterThan(3);
    expect(demoShops.map((shop) => shop.returnWindowDays)).toEqual([30, 14, 0]);
    expect(demoShops.map((shop) => shop.freeShippingOverCents)).toEqual([15000, null, null]);
    expect(new Set(demoShops.map((shop) => shop.shippingFlatCents)).size).toBe(3);
  });
});
