/** The transfer group of an order paid for several businesses: its charge and every business's transfer carry it. */
export function orderTransferGroup(orderId: string): string {
  return `order-${orderId}`;
}
