import { formatDate, formatMoney, formatTime, formatTimeZoneName } from "@stepperslife/format";
import { LinkOutButton } from "./link-out-button";
import "./styles/page.css";

/** One card payment as the kernel's `payouts.loadPayouts` reads it from the business's ledger (plain data). */
export interface PayoutPaymentView {
  orderId: string;
  /** How the owner knows the order ("Order A127C8"), and where it opens, from the vertical. */
  order: { label: string; href: string | null };
  paidAt: Date;
  currency: string;
  grossCents: number;
  feeCents: number;
  refundedCents: number;
  feeRefundedCents: number;
  netCents: number;
  disputeStatus: string | null;
}

export interface PayoutDayView {
  day: string;
  payments: PayoutPaymentView[];
  totals: { grossCents: number; feeCents: number; refundedCents: number; netCents: number };
}

export interface PayoutsPanelProps {
  business: { id: string; name: string };
  days: readonly PayoutDayView[];
  timeZone: string;
  /** The CSV of the same payments. */
  exportUrl: string;
  /** The owner route answering a one-time sign-in to the business's Stripe Express dashboard; null before onboarding. */
  dashboardLinkUrl: string | null;
  /** Where payouts are set up, for a business without card payments yet. */
  getPaidHref: string;
}

const sayDay = (day: string) => formatDate(new Date(`${day}T12:00:00Z`), "UTC");

const disputeWords: Record<string, string> = {
  warning_needs_response: "Bank inquiry: respond in Stripe",
  needs_response: "Disputed: respond in Stripe",
  under_review: "Disputed: the bank is reviewing",
  warning_under_review: "Bank inquiry under review",
  won: "Dispute won",
  lost: "Dispute lost",
  warning_closed: "Bank inquiry closed",
};

/** The fee the platform kept after what it gave back with refunds: so each row reads gross − fee − refunds = net. */
const keptFee = (payment: { feeCents: number; feeRefundedCents?: number }) => payment.feeCents - (payment.feeRefundedCents ?? 0);

/**
 * The owner's payouts page: each card payment by day on the business's clock, with its gross, the platform's fee,
 * refunds and what the business keeps; the sums per day and overall; a CSV of it all; the way into Stripe's own
 * dashboard, where the bank payouts themselves are.
 */
export function PayoutsPanel({ business, days, timeZone, exportUrl, dashboardLinkUrl, getPaidHref }: PayoutsPanelProps) {
  const payments = days.flatMap((day) => day.payments);
  const currency = payments[0]?.currency ?? "usd";
  const money = (cents: number) => formatMoney(cents, currency);
  const sum = (pick: (payment: PayoutPaymentView) => number) => payments.reduce((total, payment) => total + pick(payment), 0);
  const counted = payments.length === 1 ? "1 card payment" : `${payments.length} card payments`;
  const summary =
    `${counted}: ${money(sum((p) => p.grossCents))} paid, ${money(sum(keptFee))} fees, ` +
    `${money(sum((p) => p.refundedCents))} refunded, you keep ${money(sum((p) => p.netCents))}.`;
  return (
    <div className="sl-stack">
      <div className="sl-row" style={{ justifyContent: "space-between", alignItems: "center" }}>
        <p role="status" style={{ margin: 0 }}>
          {payments.length === 0 ? `No card payments to ${business.name} yet.` : summary}
        </p>
        <div className="sl-row">
          {payments.length > 0 ? (
            <a className="sl-btn sl-btn--ghost" href={exportUrl} download>
              Download CSV
            </a>
          ) : null}
          {dashboardLinkUrl ? (
            <LinkOutButton url={dashboardLinkUrl} body={{ businessId: business.id }} label="Open Stripe dashboard" className="sl-btn" />
          ) : null}
        </div>
      </div>
      {dashboardLinkUrl ? null : (
        <p className="sl-notice">
          Card payments reach you once payouts are set up: <a href={getPaidHref}>Get paid</a>.
        </p>
      )}
      <p className="sl-muted" style={{ margin: 0 }}>
        Days and times are {business.name}&apos;s own ({formatTimeZoneName(timeZone)}). Stripe sends what you keep to your
        bank on its payout schedule; the Stripe dashboard shows each bank payout.
      </p>
      {days.map((day) => (
        <section key={day.day} aria-label={sayDay(day.day)} className="sl-stack" style={{ gap: "0.5rem" }}>
          <h2 style={{ margin: 0, fontSize: "1.15rem" }}>
            {sayDay(day.day)} <span className="sl-muted">· you keep {money(day.totals.netCents)}</span>
          </h2>
          <table className="sl-table sl-table--cards" aria-label={`Payments on ${sayDay(day.day)}`}>
            <thead>
              <tr>
                <th>Order</th>
                <th>Time</th>
                <th className="sl-num">Paid</th>
                <th className="sl-num">Fee</th>
                <th className="sl-num">Refunded</th>
                <th className="sl-num">You keep</th>
              </tr>
            </thead>
            <tbody>
              {day.payments.map((payment) => (
                <tr key={payment.orderId}>
                  <td data-label="Order">
                    {payment.order.href ? <a href={payment.order.href}>{payment.order.label}</a> : payment.order.label}
                    {payment.disputeStatus ? (
                      <>
                        {" "}
                        <span className="sl-badge sl-badge--off">{disputeWords[payment.disputeStatus] ?? "Disputed"}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Time">{formatTime(payment.paidAt, timeZone)}</td>
                  <td data-label="Paid" className="sl-num">{money(payment.grossCents)}</td>
                  <td data-label="Fee" className="sl-num">{money(keptFee(payment))}</td>
                  <td data-label="Refunded" className="sl-num">{payment.refundedCents ? money(payment.refundedCents) : "–"}</td>
                  <td data-label="You keep" className="sl-num">{money(payment.netCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Day total
                </th>
                <td data-label="Paid" className="sl-num">{money(day.totals.grossCents)}</td>
                <td data-label="Fee" className="sl-num">{money(day.payments.reduce((total, payment) => total + keptFee(payment), 0))}</td>
                <td data-label="Refunded" className="sl-num">{day.totals.refundedCents ? money(day.totals.refundedCents) : "–"}</td>
                <td data-label="You keep" className="sl-num">{money(day.totals.netCents)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      ))}
    </div>
  );
}
