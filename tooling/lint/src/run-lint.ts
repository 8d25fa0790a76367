import { readFile } from "node:fs/promises";
import path from "node:path";
import { listSourceFiles } from "./list-files";
import { maskSource } from "./mask-source";
import { parseImports } from "./parse-imports";
import { readWorkspace } from "./read-workspace";
import { ALL_RULES } from "./rules/all-rules";
import type { Finding, SourceFile, Violation } from "./types";

export interface LintReport {
  filesChecked: number;
  /** Failures, sorted by path, line, rule. */
  violations: Violation[];
  /** Non-failing hints (e.g. a file getting long), same order. */
  notes: Violation[];
}

/** Lints every source file under `root` (see list-files.ts for which ones) with every rule. */
export async function runLint({ root }: { root: string }): Promise<LintReport> {
  const absoluteRoot = path.resolve(root);
  const [files, workspace] = await Promise.all([listSourceFiles(absoluteRoot), readWorkspace(absoluteRoot)]);

  const perFile = await Promise.all(
    files.map(async (relativePath) => {
      const source = await loadSourceFile(absoluteRoot, relativePath);
      return ALL_RULES.flatMap((rule) => rule(source, workspace));
    }),
  );

  const findings = perFile.flat().sort(compareFindings);
  const strip = ({ severity: _severity, ...violation }: Finding): Violation => violation;
  return {
    filesChecked: files.length,
    violations: findings.filter((finding) => finding.severity === "error").map(strip),
    notes: findings.filter((finding) => finding.severity === "note").map(strip),
  };
}

async function loadSourceFile(root: string, relativePath: string): Promise<SourceFile> {
  const text = await readFile(path.join(root, relativePath), "utf8");
  const { code, masked } = maskSource(text);
  return { path: relativePath, text, code, masked, imports: parseImports(text, masked) };
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
