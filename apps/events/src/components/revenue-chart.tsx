import { formatCents } from "@/server/events/format-event-time";

/** Revenue per day as plain SVG bars, with the numbers in a table beneath for screen readers and exactness. */
export function RevenueChart({ days }: { days: { day: string; orders: number; revenueCents: number }[] }) {
  if (days.length === 0) return <p className="ev-muted">No paid orders yet.</p>;
  const max = Math.max(1, ...days.map((day) => day.revenueCents));
  const width = 600;
  const height = 160;
  const bar = width / Math.max(days.length, 7);
  return (
    <figure className="ev-stack" style={{ margin: 0, gap: "0.5rem" }}>
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label="Revenue per day" style={{ width: "100%", height: "auto" }}>
        {days.map((day, index) => {
          const barHeight = Math.max(1, Math.round((day.revenueCents / max) * height));
          return (
            <g key={day.day}>
              <rect x={index * bar + 2} y={height - barHeight} width={bar - 4} height={barHeight} fill="var(--sl-accent)">
                <title>{`${day.day}: ${day.orders} orders, ${formatCents(day.revenueCents)}`}</title>
              </rect>
              <text x={index * bar + 2} y={height + 14} fontSize="10" fill="currentColor">
                {day.day.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="ev-table">
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
              <td>{formatCents(day.revenueCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
