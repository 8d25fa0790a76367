export interface ShippingRates {
  shippingFlatCents: number;
  freeShippingOverCents: number | null;
}

/**
 * What one shop charges to ship its part of an order: its flat rate once per order, nothing when that part reaches
 * the shop's free-shipping amount. The one rule the cart, the order and the payment all use (describeShopTerms says it).
 */
export function shippingForPart(shop: ShippingRates, subtotalCents: number): number {
  if (subtotalCents <= 0) return 0;
  if (shop.freeShippingOverCents !== null && subtotalCents >= shop.freeShippingOverCents) return 0;
  return shop.shippingFlatCents;
}
