/**
 * The part of `total` that goes with `part` of `whole` (a refund of part of a charge reverses that part of its
 * transfer and fee), rounded to the nearest minor unit and never more than what is left. The final refund takes
 * everything left, so rounding never strands a cent.
 */
export function proportionalShare({ part, whole, total, left, final }: { part: number; whole: number; total: number; left: number; final: boolean }) {
  if (final || whole <= 0) return left;
  return Math.min(left, Math.round((total * part) / whole));
}
