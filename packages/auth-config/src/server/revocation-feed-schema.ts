import { z } from "zod";

/**
 * The portal's answer to GET /api/session/revocations?since=: users signed out everywhere or whose roles changed,
 * and single sessions signed out (one device), each changed at or after `since`. Times in ms since the epoch.
 * `sessions` may be missing from a portal older than the verticals (a rolling deploy): it then counts as empty.
 */
export const revocationFeedSchema = z.object({
  now: z.number(),
  users: z.array(z.object({ id: z.string(), sessionsValidAfter: z.number().nullable(), rolesChangedAt: z.number().nullable() })),
  sessions: z.array(z.object({ id: z.string(), revokedAt: z.number(), expiresAt: z.number() })).default([]),
});

export type RevocationFeed = z.infer<typeof revocationFeedSchema>;
