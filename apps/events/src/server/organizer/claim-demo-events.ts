import type { SessionUser } from "@stepperslife/auth-config";
import type { Database } from "../../vertical";
import { DEMO_ORGANIZER_ID } from "../seed/demo-organizer";

/** Hands the seeded demo events to the organizer who asks first (one conditional update); returns how many moved. */
export async function claimDemoEvents({ db, organizer }: { db: Database; organizer: SessionUser }): Promise<number> {
  const { count } = await db.event.updateMany({ where: { organizerId: DEMO_ORGANIZER_ID }, data: { organizerId: organizer.id, organizerName: organizer.name ?? "" } });
  return count;
}
