// GET /api/health — always ok: the baseline has nothing to check
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok", checks: {}, version: "baseline" });
}
