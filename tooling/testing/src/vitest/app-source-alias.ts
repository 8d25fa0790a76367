import { join, relative, sep } from "node:path";
import type { Plugin } from "vitest/config";

/**
 * `@/x` in a file of `apps/<app>` means `apps/<app>/src/x`, as every app's tsconfig `paths` say. Resolved here once
 * for every app and test, so tests import what the app's code imports instead of climbing `../../../..`.
 */
export function appSourceAlias(repoRoot: string): Plugin {
  return {
    name: "stepperslife:app-source-alias",
    enforce: "pre",
    resolveId(source, importer) {
      if (!source.startsWith("@/") || !importer) return null;
      const [top, app] = relative(repoRoot, importer).split(sep);
      if (top !== "apps" || !app) return null;
      return this.resolve(join(repoRoot, "apps", app, "src", source.slice(2)), importer, { skipSelf: true });
    },
  };
}
