import { formatMoney } from "@stepperslife/format";

/** 1299 → "$12.99" (kept for the email code that imports this name; the words come from @stepperslife/format). */
export function formatCents(cents: number): string {
  return formatMoney(cents);
}
