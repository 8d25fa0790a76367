/** The short code buyers and shops quote for an order ("3F9A1C"), on pages, emails and packing lists alike. */
export function orderCode(orderId: string): string {
  return orderId.slice(0, 6).toUpperCase();
}
