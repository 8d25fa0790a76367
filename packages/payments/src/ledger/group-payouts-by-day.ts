/** One payment on the owner's payouts page, in the currency's minor unit. */
export interface PayoutPayment {
  orderId: string;
  scopeId: string;
  paidAt: Date;
  currency: string;
  grossCents: number;
  /** The platform's application fee. */
  feeCents: number;
  /** Refunded to the customer so far. */
  refundedCents: number;
  /** The part of the fee the platform gave back with those refunds. */
  feeRefundedCents: number;
  /** What the business keeps: gross − fee − refunded + feeRefunded. */
  netCents: number;
  /** Stripe's dispute status (needs_response, won, lost, …); null when never disputed. */
  disputeStatus: string | null;
}

export interface PayoutTotals {
  grossCents: number;
  feeCents: number;
  refundedCents: number;
  netCents: number;
}

/** The payments of one calendar day on the business's clock, newest first, and their sums. */
export interface PayoutDay {
  /** YYYY-MM-DD in the business's time zone. */
  day: string;
  payments: PayoutPayment[];
  totals: PayoutTotals;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

// The zone decides the day, DST included (Intl carries the tz database); parts, so no locale's date order matters.
// Made before any payment is looked at, so an unknown zone is refused even for an empty list.
function dayInZone(timeZone: string): (instant: Date) => string {
  const format = dayFormats.get(timeZone) ?? new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  dayFormats.set(timeZone, format);
  return (instant) => {
    const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
    return `${part.year}-${part.month}-${part.day}`;
  };
}

/**
 * Payments grouped by the day they were paid on the business's own clock (an 11:30 PM sale in Chicago is that day's,
 * whatever UTC says), days and payments newest first. Sums add the currency's minor units as they are: a business is
 * paid in one currency (its account's). An unknown time zone throws a RangeError.
 */
export function groupPayoutsByDay(payments: readonly Omit<PayoutPayment, "netCents">[], timeZone: string): PayoutDay[] {
  const dayOf = dayInZone(timeZone);
  const days = new Map<string, PayoutDay>();
  const newestFirst = [...payments].sort((a, b) => b.paidAt.getTime() - a.paidAt.getTime());
  for (const payment of newestFirst) {
    const day = dayOf(payment.paidAt);
    let entry = days.get(day);
    if (!entry) {
      entry = { day, payments: [], totals: { grossCents: 0, feeCents: 0, refundedCents: 0, netCents: 0 } };
      days.set(day, entry);
    }
    const netCents = payment.grossCents - payment.feeCents - payment.refundedCents + payment.feeRefundedCents;
    entry.payments.push({ ...payment, netCents });
    entry.totals.grossCents += payment.grossCents;
    entry.totals.feeCents += payment.feeCents;
    entry.totals.refundedCents += payment.refundedCents;
    entry.totals.netCents += netCents;
  }
  return [...days.values()];
}
