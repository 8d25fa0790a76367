/** A contract price (integer cents and an ISO currency) as people read it: $12.99. */
export function formatMoney(money: { amountCents: number; currency: string }): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: money.currency }).format(money.amountCents / 100);
}
