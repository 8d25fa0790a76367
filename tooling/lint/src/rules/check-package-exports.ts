import path from "node:path";
import { isSubpathExported } from "../package-exports";
import { isRelativeSpecifier, packageDirOf, resolveRelative } from "../repo-paths";
import type { Finding, SourceFile, Workspace, WorkspacePackage } from "../types";

const RULE = "exports-only";
const SCOPE = "@stepperslife/";

/**
 * A package's `exports` map is its public API: anything not listed there is
 * private and may change without notice, so nobody may import around it.
 */
export function checkPackageExports(file: SourceFile, workspace: Workspace): Finding[] {
  const findings: Finding[] = [];
  for (const { specifier, line } of file.imports) {
    const message = specifier.startsWith(SCOPE)
      ? checkPackageSpecifier(specifier, workspace)
      : isRelativeSpecifier(specifier)
        ? checkRelativeSpecifier(file.path, specifier, workspace)
        : null;
    if (message) findings.push({ path: file.path, line, rule: RULE, message, severity: "error" });
  }
  return findings;
}

function checkPackageSpecifier(specifier: string, workspace: Workspace): string | null {
  const [scope, name, ...rest] = specifier.split("/");
  const packageName = `${scope}/${name}`;
  const subpath = rest.length > 0 ? `./${rest.join("/")}` : ".";
  const pkg = workspace.packagesByName.get(packageName);
  if (!pkg) return `imports "${specifier}", but there is no workspace package named ${packageName}`;
  if (!pkg.exports) {
    // Without an exports map Node allows any deep import; we only allow the package root.
    return subpath === "." ? null : `imports "${specifier}", but ${packageName} has no exports map (add one)`;
  }
  if (isSubpathExported(pkg.exports, subpath)) return null;
  const exported = [...pkg.exports.keys()].map((key) => `"${key}"`).join(", ");
  return `imports "${specifier}", which is not in ${packageName}'s exports (${exported})`;
}

function checkRelativeSpecifier(fromFile: string, specifier: string, workspace: Workspace): string | null {
  const target = resolveRelative(fromFile, specifier);
  const targetDir = packageDirOf(target);
  if (!targetDir || targetDir === packageDirOf(fromFile)) return null;
  const pkg = workspace.packagesByDir.get(targetDir);
  const instead = pkg ? suggestExport(pkg, target) : "import it through its package name";
  return `imports "${specifier}", which reaches into ${targetDir}/; ${instead}`;
}

/** Names the exported subpath that points at `target`, when there is one. */
function suggestExport(pkg: WorkspacePackage, target: string): string {
  for (const [key, value] of pkg.exports ?? []) {
    if (typeof value !== "string" || key.includes("*")) continue;
    const exportedFile = path.posix.join(pkg.dir, value);
    if (exportedFile === target || exportedFile.replace(/\.[cm]?[jt]sx?$/, "") === target) {
      return `import "${pkg.name}${key.slice(1)}" instead`;
    }
  }
  return `import ${pkg.name} through its exports map`;
}
