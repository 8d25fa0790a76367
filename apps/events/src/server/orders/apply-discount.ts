/** What a promo code takes off a subtotal: a percent (rounded down) or a fixed amount, never more than the subtotal. */
export function applyDiscount({ subtotalCents, kind, value }: { subtotalCents: number; kind: "percent" | "amount"; value: number }): number {
  const discount = kind === "percent" ? Math.floor((subtotalCents * Math.min(value, 100)) / 100) : value;
  return Math.max(0, Math.min(discount, subtotalCents));
}
