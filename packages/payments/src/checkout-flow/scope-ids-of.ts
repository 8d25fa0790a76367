/** The scope ids a session's metadata value names: one, or an order's shares' joined with commas. */
export function scopeIdsOf(value: unknown): string[] {
  return typeof value === "string" && value !== "" ? value.split(",") : [];
}
