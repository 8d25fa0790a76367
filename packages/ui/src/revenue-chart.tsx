import { formatDate, formatMoney } from "@stepperslife/format";
import type { CSSProperties } from "react";
import { countWords } from "./count-words";
import { dayLabels, fillDays, revenueScale } from "./revenue-chart-scale";
import "./styles/page.css";
import "./styles/owner-tools.css";

export interface RevenueDay {
  /** YYYY-MM-DD, on the place's own calendar. */
  day: string;
  orders: number;
  revenueCents: number;
}

export interface RevenueChartProps {
  days: readonly RevenueDay[];
  /** Currency of the amounts (ISO code); the fleet sells in US dollars. */
  currency?: string;
  /** The period the days cover, for the total and the empty state: "the last 30 days". Without it, all sales so far. */
  period?: string;
  /** What an order is called here: "order" (restaurants), or a count of something else the vertical sells. */
  unit?: { singular: string; plural?: string };
  /** Said under the chart, e.g. which orders are not counted. */
  caption?: string;
}

/** A calendar day (already the place's) said as a date: "Tue, Dec 2". Noon UTC, so no zone can move it to another day. */
const sayDay = (day: string) => formatDate(new Date(`${day}T12:00:00Z`), "UTC");

/**
 * Revenue per day as CSS bars on an amount scale, with day labels, each bar's amount, the period's total and an empty
 * state; the numbers are also in a table for exactness. Plain HTML and CSS, so its words stay legible at phone width.
 */
export function RevenueChart({ days, currency = "usd", period, unit = { singular: "order" }, caption }: RevenueChartProps) {
  const money = (cents: number) => formatMoney(cents, currency);
  const count = (orders: number) => countWords(orders, unit.singular, unit.plural);
  const totalCents = days.reduce((sum, day) => sum + day.revenueCents, 0);
  const totalOrders = days.reduce((sum, day) => sum + day.orders, 0);

  if (totalCents === 0 && totalOrders === 0) {
    return (
      <figure className="sl-chart sl-chart--empty">
        <p className="sl-chart__empty">{period ? `No sales in ${period}.` : "No sales yet."}</p>
        {caption ? <figcaption className="sl-muted">{caption}</figcaption> : null}
      </figure>
    );
  }

  const shown = fillDays(days);
  const scale = revenueScale(Math.max(...shown.map((day) => day.revenueCents)));
  const labels = dayLabels(shown.map((day) => day.day));
  const share = (cents: number) => (scale.topCents === 0 ? 0 : cents / scale.topCents);
  const describe = (day: RevenueDay) => `${sayDay(day.day)}: ${day.orders ? `${money(day.revenueCents)}, ${count(day.orders)}` : "no sales"}`;
  const ticksStyle = { "--sl-chart-steps": scale.ticks.length - 1 } as CSSProperties;

  return (
    <figure className="sl-chart">
      <p className="sl-chart__total">
        {period ? `Total for ${period}: ` : "Total: "}
        <strong>{money(totalCents)}</strong> from {count(totalOrders)}
      </p>
      <div className="sl-chart__frame">
        <ol className="sl-chart__ticks" aria-hidden="true">
          {scale.ticks.map((tick) => (
            <li key={tick} style={{ bottom: `${share(tick) * 100}%` }}>
              {/* The scale's steps are whole dollars: their cents say nothing. */}
              {money(tick).replace(/\.00$/, "")}
            </li>
          ))}
        </ol>
        <ol className="sl-chart__bars" aria-label={`Revenue per day, ${sayDay(shown[0]!.day)} to ${sayDay(shown.at(-1)!.day)}`} style={ticksStyle}>
          {shown.map((day, index) => (
            <li
              key={day.day}
              className="sl-chart__day"
              title={describe(day)}
              style={{ "--sl-chart-bar": share(day.revenueCents) } as CSSProperties}
            >
              <span className="sl-visually-hidden">{describe(day)}</span>
              {day.revenueCents > 0 ? (
                <>
                  <span className="sl-chart__value" aria-hidden="true">
                    {money(day.revenueCents)}
                  </span>
                  <span className="sl-chart__bar" aria-hidden="true" />
                </>
              ) : null}
              {labels[index] ? (
                <span className="sl-chart__label" aria-hidden="true">
                  {labels[index]}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
      {caption ? <figcaption className="sl-muted">{caption}</figcaption> : null}
      <details className="sl-chart__table">
        <summary>Per day</summary>
        <div className="sl-table-scroll">
          <table className="sl-table">
            <thead>
              <tr>
                <th>Day</th>
                <th className="sl-chart__unit">{unit.plural ?? `${unit.singular}s`}</th>
                <th>Revenue</th>
              </tr>
            </thead>
            <tbody>
              {days
                .filter((day) => day.orders > 0 || day.revenueCents > 0)
                .map((day) => (
                  <tr key={day.day}>
                    <td>{sayDay(day.day)}</td>
                    <td>{day.orders}</td>
                    <td>{money(day.revenueCents)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
