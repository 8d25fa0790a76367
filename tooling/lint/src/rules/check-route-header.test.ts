import { describe, expect, it } from "vitest";
import { violationsIn } from "../testing/temp-repo";

const handler = `export async function GET() {\n  return Response.json({ ok: true });\n}\n`;

describe("route-header", () => {
  it("accepts one-line headers with one or more methods and an em dash or hyphen", async () => {
    expect(
      await violationsIn({
        "apps/main/src/app/api/health/route.ts": `// GET /api/health — reports whether the app and its database are up\n${handler}`,
        "apps/events/src/app/api/events/[id]/route.ts": `// GET, PATCH /api/events/:id - reads or updates one event\n${handler}`,
        "apps/store/src/app/(shop)/cart/route.ts": `// POST/DELETE /cart — adds to or empties the cart\n${handler}`,
        "apps/store/src/lib/route.ts": handler, // not under src/app: not a route handler
      }),
    ).toEqual([]);
  });

  it("flags route handlers without a proper header", async () => {
    const rule = "route-header";
    const expected = `route.ts must start with a header like "// GET /api/health — what it does"`;
    expect(
      await violationsIn({
        "apps/main/src/app/api/a/route.ts": handler,
        "apps/main/src/app/api/b/route.ts": `// get /api/b — lowercase method\n${handler}`,
        "apps/main/src/app/api/c/route.ts": `// GET /api/c\n${handler}`,
        "apps/main/src/app/api/d/route.ts": `\n// GET /api/d — header not on line 1\n${handler}`,
      }),
    ).toEqual([
      { path: "apps/main/src/app/api/a/route.ts", line: 1, rule, message: `${expected} (found "export async function GET() {")` },
      { path: "apps/main/src/app/api/b/route.ts", line: 1, rule, message: `${expected} (found "// get /api/b — lowercase method")` },
      { path: "apps/main/src/app/api/c/route.ts", line: 1, rule, message: `${expected} (found "// GET /api/c")` },
      { path: "apps/main/src/app/api/d/route.ts", line: 1, rule, message: expected },
    ]);
  });
});
