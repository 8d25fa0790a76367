import { describe, expect, it } from "vitest";
import { describeAvailability } from "./describe-availability";
import { describePriceRange } from "./describe-price-range";
import { describeShopTerms } from "./describe-shop-terms";
import { formatPrice } from "./format-price";

describe("what the catalog says", () => {
  it("says prices as tags do, and a range by its lowest", () => {
    expect(formatPrice(14500)).toBe("$145");
    expect(formatPrice(995)).toBe("$9.95");
    expect(describePriceRange({ minCents: 12000, maxCents: 12000 })).toBe("$120");
    expect(describePriceRange({ minCents: 9500, maxCents: 15500 })).toBe("From $95");
  });

  it("says stock as buyers need it", () => {
    expect(describeAvailability({ stock: 0, lowStockThreshold: 3 })).toBe("Sold out");
    expect(describeAvailability({ stock: 2, lowStockThreshold: 3 })).toBe("Only 2 left");
    expect(describeAvailability({ stock: 3, lowStockThreshold: 3 })).toBe("Only 3 left");
    expect(describeAvailability({ stock: 4, lowStockThreshold: 3 })).toBe("In stock");
  });

  it("says a shop's shipping and returns", () => {
    const terms = (shop: Partial<Parameters<typeof describeShopTerms>[0]>) =>
      describeShopTerms({ shippingFlatCents: 995, freeShippingOverCents: null, returnWindowDays: 30, returnTerms: " Unworn. ", ...shop });
    expect(terms({})).toEqual({ shipping: "Shipping $9.95 per order", returns: "Returns within 30 days of delivery", returnTerms: "Unworn." });
    expect(terms({ freeShippingOverCents: 15000 }).shipping).toBe("Shipping $9.95 per order · free on $150 or more from this shop");
    expect(terms({ shippingFlatCents: 0 }).shipping).toBe("Free shipping");
    expect(terms({ returnWindowDays: 0 }).returns).toBe("All sales final");
    expect(terms({ returnWindowDays: 1 }).returns).toBe("Returns within 1 day of delivery");
  });
});
