import { formatDate, formatTime, localDay } from "@stepperslife/format";

export interface PickupDay {
  /** The calendar day on the restaurant's clock, YYYY-MM-DD. */
  day: string;
  /** "Today, Thu, Dec 3", "Tomorrow, Fri, Dec 4", "Sat, Dec 5": always dated, relative words only as a help. */
  label: string;
  slots: { at: string; time: string }[];
}

/** The day after a YYYY-MM-DD calendar day (calendar arithmetic, so no daylight-saving shift can skip or repeat one). */
function dayAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * Pickup slots grouped by calendar day on the restaurant's clock, for a pick-the-day-then-the-time choice: a late
 * slot after midnight belongs to the next date, as its label says. Slots keep their order; days come in order.
 */
export function groupPickupSlots({ slots, timeZone, now }: { slots: Date[]; timeZone: string; now: Date }): PickupDay[] {
  const today = localDay(now, timeZone);
  const relative = new Map([
    [today, "Today"],
    [dayAfter(today), "Tomorrow"],
  ]);
  const days = new Map<string, PickupDay>();
  for (const slot of slots) {
    const day = localDay(slot, timeZone);
    let group = days.get(day);
    if (!group) {
      const date = formatDate(slot, timeZone, { now });
      group = { day, label: relative.has(day) ? `${relative.get(day)}, ${date}` : date, slots: [] };
      days.set(day, group);
    }
    group.slots.push({ at: slot.toISOString(), time: formatTime(slot, timeZone) });
  }
  return [...days.values()];
}
