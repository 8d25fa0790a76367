"use client";

import type { PickupDay } from "@/server/restaurants/group-pickup-slots";

export interface PickupTimePickerProps {
  days: PickupDay[];
  /** The chosen slot (ISO), or "" when there is none to choose. */
  value: string;
  onChange: (slot: string) => void;
}

/** Pickup in two steps: the day (dated, on the restaurant's calendar), then a time within it. */
export function PickupTimePicker({ days, value, onChange }: PickupTimePickerProps) {
  if (days.length === 0) return <p className="sl-muted">No pickup times in the next two days.</p>;
  const chosenDay = days.find((day) => day.slots.some((slot) => slot.at === value)) ?? days[0]!;
  return (
    <fieldset className="rs-pickup">
      <legend>Pickup</legend>
      <label className="sl-field">
        Day
        <select value={chosenDay.day} onChange={(event) => onChange(days.find((day) => day.day === event.target.value)?.slots[0]?.at ?? "")}>
          {days.map((day) => (
            <option key={day.day} value={day.day}>
              {day.label}
            </option>
          ))}
        </select>
      </label>
      <label className="sl-field">
        Time
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {chosenDay.slots.map((slot) => (
            <option key={slot.at} value={slot.at}>
              {slot.time}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
