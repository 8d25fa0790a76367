import type { PayoutDay } from "./group-payouts-by-day";

const header = ["Date", "Order", "Gross", "Fee", "Refunds", "Net", "Dispute"];
const fractionDigits = new Map<string, number>();

// Stripe's amounts are in the currency's minor unit: cents for USD, whole yen for JPY. Intl knows which is which.
function toDecimal(minorUnits: number, currency: string): string {
  const code = currency.toUpperCase();
  let digits = fractionDigits.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en-US", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigits.set(code, digits);
  }
  const sign = minorUnits < 0 ? "-" : "";
  const units = Math.abs(minorUnits);
  if (digits === 0) return `${sign}${units}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(units / scale)}.${String(units % scale).padStart(digits, "0")}`;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. Text that a spreadsheet would
// run as a formula (=, +, -, @ first) is made plain text with a leading apostrophe: an order's description is not code.
function field(value: string, { text = false } = {}): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The payouts page as a spreadsheet: one row per payment (days as given, newest first), amounts in decimal units of
 * their currency. Fee is what the platform kept (its fee less what it gave back with refunds), so on every row
 * gross − fee − refunds = net. `describeOrder` names an order the owner's way (its number, the customer); the order
 * id otherwise. CRLF line ends, a header row.
 */
export function toPayoutsCsv(days: readonly PayoutDay[], { describeOrder }: { describeOrder?: (orderId: string) => string } = {}): string {
  const lines = [header.join(",")];
  for (const { day, payments } of days) {
    for (const payment of payments) {
      const money = (minorUnits: number) => field(toDecimal(minorUnits, payment.currency));
      lines.push(
        [
          field(day),
          field(describeOrder ? describeOrder(payment.orderId) : payment.orderId, { text: true }),
          money(payment.grossCents),
          money(payment.feeCents - payment.feeRefundedCents),
          money(payment.refundedCents),
          money(payment.netCents),
          field(payment.disputeStatus ?? "", { text: true }),
        ].join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
