import type { Finding, SourceFile } from "../types";

const RULE = "route-header";

const METHOD = "(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)";
// "// GET /api/health — what it does"; several methods as "GET, POST" or "GET/POST".
const HEADER = new RegExp(String.raw`^//\s*${METHOD}(?:\s*[,/|]\s*${METHOD})*\s+/\S*\s+[—–-]\s+\S`);
const ROUTE_FILE = /^apps\/[^/]+\/src\/app\/(?:.+\/)?route\.ts$/;

/**
 * Route handlers are the only way apps talk to each other, so each one says
 * up front which method and path it serves and what for: grep-able API docs.
 */
export function checkRouteHeader(file: SourceFile): Finding[] {
  if (!ROUTE_FILE.test(file.path)) return [];
  const firstLine = (file.text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "").trimEnd();
  if (HEADER.test(firstLine)) return [];
  const found = firstLine ? ` (found "${firstLine.length > 60 ? `${firstLine.slice(0, 57)}...` : firstLine}")` : "";
  return [
    {
      path: file.path,
      line: 1,
      rule: RULE,
      message: `route.ts must start with a header like "// GET /api/health — what it does"${found}`,
      severity: "error",
    },
  ];
}
