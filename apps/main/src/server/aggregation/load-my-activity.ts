import "server-only";
import { readCookieValues } from "@stepperslife/auth-config/server";
import { sessionCookiePolicy, type SessionUser } from "@stepperslife/auth-config";
import { activityResponseSchema, aggregationPaths, type ActivityResponse } from "@stepperslife/contracts";
import { addressing, env } from "../../env";
import { fanOut } from "./fan-out";
import { lastGoodAnswers } from "./last-good-answers";
import { listUpstreams } from "./list-upstreams";
import type { Section } from "./types";

/**
 * The signed-in person's orders, tickets, enrollments and bookings from every vertical, asked on their behalf with
 * their session cookie. Only that cookie is forwarded (none of the portal's others), and only to internal URLs.
 * The fallback is keyed by the person's id: one person's activity is never shown to anyone else.
 */
export function loadMyActivity(options: { user: SessionUser; cookieHeader: string | null }): Promise<Section<ActivityResponse>[]> {
  const name = sessionCookiePolicy(addressing()).name;
  // Both values when the browser holds two (shared and an old host-only one): the vertical picks the valid one.
  const cookie = readCookieValues(options.cookieHeader, name)
    .map((value) => `${name}=${value}`)
    .join("; ");
  return fanOut({
    upstreams: listUpstreams(),
    path: aggregationPaths.activity,
    schema: activityResponseSchema,
    timeoutMs: env().UPSTREAM_TIMEOUT_MS,
    headers: cookie ? { cookie } : {},
    lastGood: { cache: lastGoodAnswers, key: `activity ${options.user.id}` },
  });
}
