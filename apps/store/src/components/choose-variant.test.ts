import { describe, expect, it } from "vitest";
import type { ProductVariantView } from "@/server/catalog/get-product-page";
import { chooseVariant } from "./choose-variant";

const variant = (size: string, colour: string, stock: number) => ({ id: `${size}-${colour}`, size, colour, stock }) as ProductVariantView;
// A sparse matrix, as an owner may leave it: size 13 only in black, cognac 12 sold out.
const variants = [variant("12", "Black", 3), variant("13", "Black", 1), variant("12", "Cognac", 0), variant("11", "Cognac", 2)];

describe("choosing a size or a colour", () => {
  it("keeps the other choice when that combination exists, sold out or not", () => {
    expect(chooseVariant(variants, { size: "12", colour: "Black" }, { colour: "Cognac" })).toEqual({ size: "12", colour: "Cognac" });
    expect(chooseVariant(variants, { size: "12", colour: "Cognac" }, { colour: "Black" })).toEqual({ size: "12", colour: "Black" });
  });

  it("switches the other choice to one that exists, in stock first, when it does not", () => {
    expect(chooseVariant(variants, { size: "12", colour: "Cognac" }, { size: "13" })).toEqual({ size: "13", colour: "Black" });
    expect(chooseVariant(variants, { size: "13", colour: "Black" }, { colour: "Cognac" })).toEqual({ size: "11", colour: "Cognac" });
  });
});
