import { HOME_TIME_ZONE } from "@stepperslife/ui";
import type { Database } from "../../vertical";

/**
 * The zone of the organizer's next (else latest) event's venue, for organizer pages not about one event; the scene's
 * home zone when they have none yet.
 */
export async function findOrganizerTimeZone({
  db,
  organizerId,
  now = new Date(),
}: { db: Database; organizerId: string; now?: Date }): Promise<string> {
  const select = { timeZone: true } as const;
  const next = await db.event.findFirst({ where: { organizerId, endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, select });
  const latest = next ?? (await db.event.findFirst({ where: { organizerId }, orderBy: { startsAt: "desc" }, select }));
  return latest?.timeZone ?? HOME_TIME_ZONE;
}
