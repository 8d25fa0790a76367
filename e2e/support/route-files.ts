import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { AppDefinition } from "@stepperslife/manifest";
import { repoRoot } from "../fleet-under-test";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One segment of a route's address: fixed text, or a dynamic `[name]` / `[...name]` / `[[...name]]`. */
export type RouteSegment = { kind: "fixed"; text: string } | { kind: "dynamic"; name: string; catchAll: boolean };

export interface RouteFile {
  app: AppDefinition;
  /** Repo-relative, for messages. */
  file: string;
  kind: "route" | "page";
  segments: RouteSegment[];
  methods: HttpMethod[];
}

const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/**
 * Every route handler (`route.ts`) and page (`page.tsx`) of an app, read from its file tree the way Next reads it,
 * so a route added tomorrow is covered without anyone listing it. Route groups `(name)` and slots `@name` are not
 * part of the address. A route's methods are the ones its file exports.
 */
export function listRouteFiles(app: AppDefinition): RouteFile[] {
  const appDir = join(repoRoot, "apps", app.name, "src", "app");
  return walk(appDir)
    .filter((file) => /(?:^|[/\\])(route\.ts|page\.tsx)$/.test(file))
    .map((file) => {
      const kind = file.endsWith("page.tsx") ? ("page" as const) : ("route" as const);
      const folders = relative(appDir, file).split(sep).slice(0, -1);
      return {
        app,
        file: relative(repoRoot, file),
        kind,
        segments: folders.filter((folder) => !/^\(.*\)$/.test(folder) && !folder.startsWith("@")).map(toSegment),
        methods: kind === "page" ? (["GET"] as HttpMethod[]) : exportedMethods(readFileSync(file, "utf8")),
      };
    });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function toSegment(folder: string): RouteSegment {
  const dynamic = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(folder);
  return dynamic ? { kind: "dynamic", name: dynamic[2]!, catchAll: Boolean(dynamic[1]) } : { kind: "fixed", text: folder };
}

/** `export function GET`, `export const POST = …`, `export const { GET, POST } = …`. */
function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s+const\s+([A-Z]+)\s*[=:]/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) {
    for (const name of match[1]!.split(",")) found.add(name.split(":").pop()!.trim());
  }
  return METHODS.filter((method) => found.has(method));
}

/** The address with each dynamic segment filled by `fill` (already percent-encoded as it should go on the wire). */
export function routePath(route: RouteFile, fill: (segment: Extract<RouteSegment, { kind: "dynamic" }>) => string): string {
  return `/${route.segments.map((segment) => (segment.kind === "fixed" ? segment.text : fill(segment))).join("/")}`;
}
