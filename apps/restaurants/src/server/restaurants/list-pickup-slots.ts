import { isOpenAt, type WeeklyInterval } from "./is-open-at";

export const PICKUP_STEP_MINUTES = 15;
export const PICKUP_HORIZON_HOURS = 48;

const step = PICKUP_STEP_MINUTES * 60_000;

/**
 * Pickup times a customer may choose: every quarter hour from `now + prepMinutes` (rounded up) to 48 hours ahead
 * while the restaurant is open. The server checks a chosen time with the same rule (checkPickupTime).
 */
export function listPickupSlots(options: { hours: WeeklyInterval[]; timeZone: string; prepMinutes: number; now: Date; limit?: number }): Date[] {
  const { hours, timeZone, prepMinutes, now, limit = 200 } = options;
  const first = Math.ceil((now.getTime() + prepMinutes * 60_000) / step) * step;
  const last = now.getTime() + PICKUP_HORIZON_HOURS * 3_600_000;
  const slots: Date[] = [];
  for (let at = first; at <= last && slots.length < limit; at += step) {
    if (isOpenAt({ hours, timeZone, at: new Date(at) })) slots.push(new Date(at));
  }
  return slots;
}
