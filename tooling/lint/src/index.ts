import { runLint } from "./run-lint";
import type { Violation } from "./types";

/** Lints the repository at `root` and returns every failing violation (notes are left out). */
export async function lintRepository({ root }: { root: string }): Promise<Violation[]> {
  return (await runLint({ root })).violations;
}

export { formatViolation } from "./format-violation";
export { listSourceFiles, isLintedPath } from "./list-files";
export { parseImports, type ImportKind, type ImportRef } from "./parse-imports";
export { runLint, type LintReport } from "./run-lint";
export type { Violation } from "./types";
