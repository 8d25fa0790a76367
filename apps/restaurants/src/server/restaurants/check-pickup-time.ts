import { AppError } from "@stepperslife/http";
import { isOpenAt, type WeeklyInterval } from "./is-open-at";
import { PICKUP_HORIZON_HOURS, PICKUP_STEP_MINUTES } from "./list-pickup-slots";

/** Refuses (422) a pickup time that is too soon, too far ahead, off the quarter hour, or outside opening hours. */
export function checkPickupTime(options: { hours: WeeklyInterval[]; timeZone: string; prepMinutes: number; now: Date; pickupAt: Date }): void {
  const { hours, timeZone, prepMinutes, now, pickupAt } = options;
  const fail = (message: string) => {
    throw new AppError("unprocessable", message, { fields: [{ path: "body.pickupAt", message }] });
  };
  if (pickupAt.getTime() % (PICKUP_STEP_MINUTES * 60_000) !== 0) fail("Choose one of the offered pickup times.");
  if (pickupAt.getTime() < now.getTime() + prepMinutes * 60_000) fail(`Pickup must be at least ${prepMinutes} minutes from now.`);
  if (pickupAt.getTime() > now.getTime() + PICKUP_HORIZON_HOURS * 3_600_000) fail("Pickup can be at most two days ahead.");
  if (!isOpenAt({ hours, timeZone, at: pickupAt })) fail("The restaurant is closed at that pickup time.");
}
