// GET /api/fixed — fixed JSON: the yardstick for the apps' own JSON routes
export const dynamic = "force-dynamic";

const body = { items: [{ id: "1", title: "Fixed item", price: 1200 }], total: 1 };

export function GET() {
  return Response.json(body);
}
