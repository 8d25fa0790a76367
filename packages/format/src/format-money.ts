const formatters = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  const code = currency.toUpperCase();
  let format = formatters.get(code);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency: code });
    formatters.set(code, format);
  }
  return format;
}

export interface FormatMoneyOptions {
  /** Said instead of "$0.00", e.g. "Free" for a free ticket. */
  zero?: string;
}

/**
 * 1250 → "$12.50". Amounts are integer cents (Stripe's minor units) in every database of the fleet, so this is the
 * one place that divides by 100; the currency is the ISO code as Stripe spells it ("usd").
 */
export function formatMoney(cents: number, currency = "usd", options: FormatMoneyOptions = {}): string {
  if (cents === 0 && options.zero !== undefined) return options.zero;
  return moneyFormat(currency).format(cents / 100);
}
