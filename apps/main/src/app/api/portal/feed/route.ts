// GET /api/portal/feed — the home page's data as JSON: every vertical's section with its status and timing
import { loadHomeFeed } from "@/server/aggregation/load-home-feed";

export const dynamic = "force-dynamic";

/** What the home page renders, for operators and the bench (`npm run bench` times it against the verticals). */
export async function GET(): Promise<Response> {
  const sections = await loadHomeFeed();
  const body = sections.map(({ upstream, status, durationMs, error, data, ...rest }) => ({
    app: upstream.app,
    status,
    durationMs,
    error,
    ageMs: "ageMs" in rest ? rest.ageMs : null,
    items: data?.items ?? [],
  }));
  return Response.json({ sections: body }, { headers: { "cache-control": "no-store" } });
}
