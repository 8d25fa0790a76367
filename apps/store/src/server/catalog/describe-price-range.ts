import { formatPrice } from "./format-price";

/** A card's price: "$120" when every variant costs the same, "From $95" when they differ. */
export function describePriceRange({ minCents, maxCents }: { minCents: number; maxCents: number }): string {
  return minCents === maxCents ? formatPrice(minCents) : `From ${formatPrice(minCents)}`;
}
