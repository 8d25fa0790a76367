import { isRelativeSpecifier, resolveRelative } from "../repo-paths";
import type { Finding, SourceFile } from "../types";

const RULE = "no-imports-from-apps";

/** Shared code sits below the apps: a package that imports an app would make every app depend on it. */
export function checkImportsIntoApps(file: SourceFile): Finding[] {
  if (!/^(?:packages|tooling)\//.test(file.path)) return [];
  return file.imports
    .filter(({ specifier }) => {
      if (specifier.startsWith("@apps/")) return true;
      return isRelativeSpecifier(specifier) && /^apps(?:\/|$)/.test(resolveRelative(file.path, specifier));
    })
    .map(({ specifier, line }) => ({
      path: file.path,
      line,
      rule: RULE,
      message: `imports "${specifier}" from apps/; shared packages and tooling must not depend on an app`,
      severity: "error" as const,
    }));
}
