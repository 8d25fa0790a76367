import { AppError } from "@stepperslife/http";
import { localTimeToInstant } from "../events/local-time-to-instant";

/** The instants of a form's local start and end times in the event's zone; the end must come after the start. */
export function toEventTimes({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const at = (local: string) => localTimeToInstant({ date: local.slice(0, 10), hour: Number(local.slice(11, 13)), minute: Number(local.slice(14, 16)), timeZone });
  const times = { startsAt: at(startsAt), endsAt: at(endsAt) };
  if (times.endsAt <= times.startsAt) throw new AppError("unprocessable", "The event must end after it starts.", { fields: [{ path: "body.endsAt", message: "must be after the start" }] });
  return times;
}
