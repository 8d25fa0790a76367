/**
 * How a variant is named to people and copied onto order lines: "Size 10 · Black", "Black", "Size M" or "" (a
 * product with one variant needs no name). One function, so the product page, the cart and the order say it alike.
 */
export function variantLabel({ size, colour }: { size: string; colour: string }): string {
  const parts = [size.trim() ? `Size ${size.trim()}` : "", colour.trim()].filter(Boolean);
  return parts.join(" · ");
}
