/** A vertical's cut of each card payment: a percentage, a fixed amount, or both (the env sets them per vertical). */
export interface PlatformFeePolicy {
  /** 0 to 100, e.g. 5 for 5 %; fractions allowed (2.9). */
  percent: number;
  /** In the currency's minor unit (cents). */
  fixedCents: number;
}

/**
 * The application fee of a payment of `amountCents`: the percentage rounded to the nearest cent, plus the fixed part,
 * never more than the payment itself (Stripe refuses a fee above the amount) and never negative.
 */
export function platformFeeCents(amountCents: number, policy: PlatformFeePolicy): number {
  if (!Number.isInteger(amountCents) || amountCents < 0) throw new RangeError(`amountCents must be a whole number ≥ 0 (got ${amountCents})`);
  if (amountCents === 0) return 0;
  const fee = Math.round((amountCents * policy.percent) / 100) + policy.fixedCents;
  return Math.min(amountCents, Math.max(0, fee));
}
