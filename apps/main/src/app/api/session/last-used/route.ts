// POST /api/session/last-used — the apps' batched reports of which sessions they saw, for "last used" on the profile
import { z } from "zod";
import { env } from "../../../../env";
import { db } from "../../../../server/db";
import { internalErrorResponse } from "../../../../server/http/internal-error-response";
import { parseJsonBody } from "../../../../server/session/parse-json-body";
import { recordSessionUse } from "../../../../server/session/record-session-use";
import { refuseWithoutFeedToken } from "../../../../server/session/refuse-without-feed-token";

export const dynamic = "force-dynamic";

// The watchers send at most 5,000 sessions a report (auth-config's create-session-usage-reporter).
const lastUsedBody = z.object({
  sessions: z
    .array(z.object({ id: z.string().min(1).max(64), lastUsedAt: z.number().int().nonnegative() }))
    .max(5_000, { error: "at most 5000 sessions per report" }),
});

export async function POST(request: Request): Promise<Response> {
  const refused = refuseWithoutFeedToken(request, env().AUTH_SECRET);
  if (refused) return refused;
  const body = await parseJsonBody(request, lastUsedBody);
  if (!body.ok) return body.response;
  try {
    await recordSessionUse({ db: db(), uses: body.data.sessions });
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return internalErrorResponse(error, "POST /api/session/last-used");
  }
}
