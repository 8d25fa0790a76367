import { z } from "zod";

/**
 * What graphile-worker adds to the payload of every job it schedules from the crontab: the tick the job is for
 * (ISO time) and whether it was backfilled after downtime. A cron job's schema extends this, so a handler can tell a
 * late run from an on-time one (graphile's docs: limit backfilled work at run time, from `_cron.ts`).
 */
export const cronTickSchema = z.object({
  _cron: z.object({ ts: z.string(), backfilled: z.boolean().optional() }),
});
