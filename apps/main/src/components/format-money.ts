/** A contract price (integer cents and an ISO currency) as people read it: $12.99. */
export function formatMoney(money: { amountCents: number; currency: string }): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: money.currency }).format(money.amountCents / 100);
}

/** A feed item's price is its lowest ("from") price: "From $15.00", or "Free" when nothing there costs anything. */
export function formatFromPrice(money: { amountCents: number; currency: string }): string {
  return money.amountCents === 0 ? "Free" : `From ${formatMoney(money)}`;
}
