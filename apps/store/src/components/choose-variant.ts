import type { ProductVariantView } from "@/server/catalog/get-product-page";

/** A size and colour chosen on the product page ("" for an axis the product does not have). */
export interface VariantChoice {
  size: string;
  colour: string;
}

/** The variant to switch to when one option changes: the same other option if that exists, else one in stock. */
export function chooseVariant(variants: Pick<ProductVariantView, "size" | "colour" | "stock">[], chosen: VariantChoice, change: Partial<VariantChoice>): VariantChoice {
  const wanted = { ...chosen, ...change };
  if (variants.some((variant) => variant.size === wanted.size && variant.colour === wanted.colour)) return wanted;
  const matching = variants.filter((variant) => (change.size === undefined || variant.size === change.size) && (change.colour === undefined || variant.colour === change.colour));
  const best = matching.find((variant) => variant.stock > 0) ?? matching[0];
  return best ? { size: best.size, colour: best.colour } : chosen;
}
