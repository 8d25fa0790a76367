"use client";

export interface HoursRow {
  weekday: number;
  opens: string;
  closes: string;
}

const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Weekly opening intervals; a closing time at or before the opening one means after midnight. */
export function HoursEditor({ rows, onChange }: { rows: HoursRow[]; onChange(rows: HoursRow[]): void }) {
  const update = (index: number, change: Partial<HoursRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="sl-fieldset">
      <legend>Weekly hours</legend>
      <p className="sl-hint">A closing time at or before the opening time means after midnight.</p>
      {rows.map((row, index) => (
        <div key={index} className="sl-inline-form" role="group" aria-label={`Interval ${index + 1}`}>
          <select className="sl-input" aria-label="Day" value={row.weekday} onChange={(event) => update(index, { weekday: Number(event.target.value) })}>
            {days.map((day, weekday) => (
              <option key={day} value={weekday}>
                {day}
              </option>
            ))}
          </select>
          <input className="sl-input sl-input--narrow" aria-label="Opens" type="time" value={row.opens} onChange={(event) => update(index, { opens: event.target.value })} />
          <input className="sl-input sl-input--narrow" aria-label="Closes" type="time" value={row.closes} onChange={(event) => update(index, { closes: event.target.value })} />
          <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
            Remove
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => onChange([...rows, { weekday: rows.at(-1)?.weekday ?? 1, opens: "11:00", closes: "21:00" }])}>
          Add hours
        </button>
      </div>
    </fieldset>
  );
}
