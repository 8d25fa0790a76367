import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { sniffImageType } from "@stepperslife/storage";
import { describe, expect, it } from "vitest";
import { demoEvents } from "./demo-events";

const imagesDir = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));

describe("demo event covers shipped with the seed", () => {
  it("are one small JPEG per demo event, named by its slug, and nothing else", async () => {
    for (const { slug } of demoEvents) {
      const bytes = await readFile(`${imagesDir}/${slug}.jpg`);
      expect(sniffImageType(bytes), slug).toBe("image/jpeg");
      expect(bytes.length / 1024, slug).toBeLessThanOrEqual(90);
    }
    expect((await readdir(imagesDir)).sort()).toEqual(demoEvents.map(({ slug }) => `${slug}.jpg`).sort());
  });
});
