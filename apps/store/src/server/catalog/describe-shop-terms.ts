import { formatPrice } from "./format-price";

export interface ShopTermsSource {
  shippingFlatCents: number;
  freeShippingOverCents: number | null;
  returnWindowDays: number;
  returnTerms: string;
}

export interface ShopTerms {
  /** "Shipping $9.95 per order · free on $150 or more from this shop". */
  shipping: string;
  /** "Returns within 30 days of delivery" or "All sales final". */
  returns: string;
  /** The shop's own words on returns, as written. */
  returnTerms: string;
}

/**
 * A shop's shipping and return terms in words, shown before paying (product page, shop page). The rule itself
 * (per shop part of an order) is the orders' shippingForPart; this only says it.
 */
export function describeShopTerms(shop: ShopTermsSource): ShopTerms {
  const free = shop.freeShippingOverCents;
  const shipping =
    shop.shippingFlatCents === 0 || free === 0
      ? "Free shipping"
      : `Shipping ${formatPrice(shop.shippingFlatCents)} per order${free === null ? "" : ` · free on ${formatPrice(free)} or more from this shop`}`;
  const days = shop.returnWindowDays;
  const returns = days === 0 ? "All sales final" : `Returns within ${days} ${days === 1 ? "day" : "days"} of delivery`;
  return { shipping, returns, returnTerms: shop.returnTerms.trim() };
}
