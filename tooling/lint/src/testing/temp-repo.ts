import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { lintRepository } from "../index";
import { runLint, type LintReport } from "../run-lint";
import type { Violation } from "../types";

/** Repo-relative path → file contents. */
export type RepoFiles = Record<string, string>;

/** A package.json for a mini-repo; `exports` left out means "no exports map". */
export function packageJson(name: string, exports?: unknown): string {
  return JSON.stringify({ name, private: true, type: "module", ...(exports === undefined ? {} : { exports }) });
}

/** Writes `files` into a fresh folder in os.tmpdir(), runs `use`, then deletes the folder. */
export async function withTempRepo<T>(files: RepoFiles, use: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(os.tmpdir(), "stepperslife-lint-"));
  try {
    for (const [relativePath, contents] of Object.entries(files)) {
      const absolutePath = path.join(root, relativePath);
      await mkdir(path.dirname(absolutePath), { recursive: true });
      await writeFile(absolutePath, contents);
    }
    return await use(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export function lintTempRepo(files: RepoFiles): Promise<LintReport> {
  return withTempRepo(files, (root) => runLint({ root }));
}

/** Just the failing violations, which is what most rule tests assert on. */
export async function violationsIn(files: RepoFiles): Promise<Violation[]> {
  return withTempRepo(files, (root) => lintRepository({ root }));
}
