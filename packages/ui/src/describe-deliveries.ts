/** Every delivery counted: a duplicate is Stripe retrying, not a second payment, so the log says so plainly. */
export function describeDeliveries(deliveries: number): string | null {
  if (deliveries <= 1) return null;
  const duplicates = deliveries - 1;
  return `received ${deliveries}× (${duplicates} duplicate${duplicates === 1 ? "" : "s"})`;
}
