import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { sniffImageType } from "@stepperslife/storage";
import { describe, expect, it } from "vitest";
import { demoRestaurants } from "./demo-restaurants";
import { previousDemoPhotos } from "./previous-demo-photos";

const imagesDir = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));
const dishes = demoRestaurants.flatMap((restaurant) => restaurant.menu.flatMap((category) => category.items));

describe("demo photos shipped with the seed", () => {
  it("give every restaurant a cover and every dish its own photo, each a small JPEG", async () => {
    const budgets = [...demoRestaurants.map((restaurant) => [restaurant.cover, 90] as const), ...dishes.map((dish) => [dish.photo, 45] as const)];
    for (const [file, maxKb] of budgets) {
      expect(file, "a demo dish without a photo").toBeDefined();
      const bytes = await readFile(`${imagesDir}/${file}`);
      expect(sniffImageType(bytes), file).toBe("image/jpeg");
      expect(bytes.length / 1024, file).toBeLessThanOrEqual(maxKb);
    }
    expect(new Set(dishes.map((dish) => dish.photo)).size).toBe(dishes.length);
  });

  it("has no file the seed does not use, and maps every earlier name to one it ships", async () => {
    const used = new Set([...demoRestaurants.map((restaurant) => restaurant.cover), ...dishes.map((dish) => dish.photo)]);
    expect((await readdir(imagesDir)).filter((file) => !used.has(file))).toEqual([]);
    for (const replacement of Object.values(previousDemoPhotos)) expect(used.has(replacement), replacement).toBe(true);
  });
});
