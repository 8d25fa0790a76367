import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("folds accents, drops apostrophes and joins words with dashes", () => {
    expect(slugify("Mama's Kitchen & BBQ", "restaurant")).toBe("mamas-kitchen-bbq");
    expect(slugify("  Café Créole — Détroit ", "restaurant")).toBe("cafe-creole-detroit");
  });

  it("keeps at most 50 characters without a trailing dash, and falls back for names too short", () => {
    const slug = slugify(`${"a".repeat(49)} b`, "shop");
    expect(slug).toBe("a".repeat(49));
    expect(slugify("X", "shop")).toBe("shop-x");
    expect(slugify("!!", "product")).toBe("product-new");
  });
});
