/** What a buyer is told of one variant's stock: "Sold out", "Only 2 left" (at or under the low-stock mark), "In stock". */
export function describeAvailability({ stock, lowStockThreshold }: { stock: number; lowStockThreshold: number }): string {
  if (stock <= 0) return "Sold out";
  if (stock <= lowStockThreshold) return `Only ${stock} left`;
  return "In stock";
}
