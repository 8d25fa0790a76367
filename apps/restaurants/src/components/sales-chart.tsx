import type { SalesDay } from "@/server/sales/load-sales";
import { formatPrice } from "./format";

/** Revenue per day as plain SVG bars, with the numbers in a table beneath for screen readers and exactness. */
export function SalesChart({ days }: { days: SalesDay[] }) {
  const max = Math.max(1, ...days.map((day) => day.revenueCents));
  const width = 600;
  const height = 200;
  const bar = width / days.length;
  return (
    <figure className="rs-stack" style={{ margin: 0 }}>
      <svg className="rs-chart" viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label="Revenue per day, last 30 days">
        {days.map((day, index) => {
          const barHeight = Math.round((day.revenueCents / max) * height);
          return (
            <g key={day.day}>
              <rect x={index * bar + 2} y={height - barHeight} width={bar - 4} height={barHeight}>
                <title>{`${day.day}: ${day.orders} orders, ${formatPrice(day.revenueCents)}`}</title>
              </rect>
              {index % 5 === 0 ? (
                <text x={index * bar + 2} y={height + 14}>
                  {day.day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="rs-muted">
        {days.reduce((sum, day) => sum + day.orders, 0)} orders, {formatPrice(days.reduce((sum, day) => sum + day.revenueCents, 0))} in 30 days (cancelled and unpaid orders not counted).
      </figcaption>
    </figure>
  );
}
