/**
 * The part of the platform's fee on a business's share given back with `refundedCents` of it: the same proportion
 * (a transfer reversal takes back that proportion of what the business received), all of it once the share is
 * refunded in full.
 */
export function shareFeeRefunded({ refundedCents, grossCents, feeCents }: { refundedCents: number; grossCents: number; feeCents: number }): number {
  if (grossCents <= 0 || refundedCents <= 0) return 0;
  if (refundedCents >= grossCents) return feeCents;
  return Math.round((refundedCents * feeCents) / grossCents);
}
