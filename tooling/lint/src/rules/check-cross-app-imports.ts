import { appDirOf, isInside, isRelativeSpecifier, resolveRelative } from "../repo-paths";
import type { Finding, SourceFile, Workspace } from "../types";

const RULE = "no-cross-app-imports";

/**
 * Apps are deployed and scaled independently, so an app may only import its
 * own files and shared packages; data from another app goes over HTTP.
 */
export function checkCrossAppImports(file: SourceFile, workspace: Workspace): Finding[] {
  const ownApp = appDirOf(file.path);
  if (!ownApp) return [];
  const findings: Finding[] = [];
  const report = (line: number, message: string) =>
    findings.push({ path: file.path, line, rule: RULE, message, severity: "error" });

  for (const { specifier, line } of file.imports) {
    if (specifier.startsWith("@apps/")) {
      const packageName = specifier.split("/").slice(0, 2).join("/");
      const targetApp = workspace.appDirsByName.get(packageName) ?? `apps/${specifier.split("/")[1]}`;
      if (targetApp !== ownApp) {
        report(line, `imports "${specifier}" (another app); cross-app data goes over HTTP only`);
      }
    } else if (isRelativeSpecifier(specifier)) {
      const target = resolveRelative(file.path, specifier);
      if (isInside(target, ownApp)) continue;
      const otherApp = appDirOf(target);
      report(
        line,
        otherApp
          ? `imports "${specifier}", which reaches into ${otherApp}/; cross-app data goes over HTTP only`
          : `imports "${specifier}", which resolves outside ${ownApp}/ (to ${target}); use a @stepperslife package instead`,
      );
    }
  }
  return findings;
}
