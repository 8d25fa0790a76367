import { formatMoney } from "@stepperslife/format";
import "./styles/page.css";
import "./styles/owner-tools.css";

export interface RevenueDay {
  /** YYYY-MM-DD. */
  day: string;
  orders: number;
  revenueCents: number;
}

export interface RevenueChartProps {
  days: readonly RevenueDay[];
  /** Currency of the amounts (ISO code); the fleet sells in US dollars. */
  currency?: string;
  /** Said under the chart, e.g. which orders are not counted. */
  caption?: string;
}

const chartWidth = 600;
const chartHeight = 160;

/** Revenue per day as plain SVG bars, with the numbers in a table beneath for screen readers and exactness. */
export function RevenueChart({ days, currency = "usd", caption }: RevenueChartProps) {
  if (days.length === 0) return <p className="sl-muted">No paid orders yet.</p>;
  const format = (cents: number) => formatMoney(cents, currency);
  const max = Math.max(1, ...days.map((day) => day.revenueCents));
  // At least a week wide, so a few days of sales do not become three giant bars.
  const bar = chartWidth / Math.max(days.length, 7);
  // Label every day up to two weeks, then every fifth, so the labels never overlap.
  const labelEvery = days.length > 14 ? 5 : 1;
  const totals = days.reduce((sum, day) => ({ orders: sum.orders + day.orders, revenueCents: sum.revenueCents + day.revenueCents }), { orders: 0, revenueCents: 0 });
  return (
    <figure className="sl-chart">
      <svg viewBox={`0 0 ${chartWidth} ${chartHeight + 20}`} role="img" aria-label="Revenue per day">
        {days.map((day, index) => {
          const barHeight = day.revenueCents === 0 ? 0 : Math.max(1, Math.round((day.revenueCents / max) * chartHeight));
          return (
            <g key={day.day}>
              <rect x={index * bar + 2} y={chartHeight - barHeight} width={bar - 4} height={barHeight}>
                <title>{`${day.day}: ${day.orders} orders, ${format(day.revenueCents)}`}</title>
              </rect>
              {index % labelEvery === 0 ? (
                <text x={index * bar + 2} y={chartHeight + 14}>
                  {day.day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="sl-muted">
        {totals.orders} orders, {format(totals.revenueCents)}
        {caption ? ` — ${caption}` : ""}
      </figcaption>
      <details>
        <summary>Per day</summary>
        <table className="sl-table">
          <thead>
            <tr>
              <th>Day</th>
              <th>Orders</th>
              <th>Revenue</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                <td>{day.orders}</td>
                <td>{format(day.revenueCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
