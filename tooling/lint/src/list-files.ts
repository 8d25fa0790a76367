import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const runFile = promisify(execFile);

const SOURCE_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".mjs", ".js", ".cjs"]);
const SCANNED_TOP_DIRS = new Set(["apps", "packages", "tooling", "scripts", "e2e"]);
const SCANNED_ROOT_FILES = new Set(["ecosystem.config.js"]);
// Build output, caches and generated code: not written by hand, so not linted.
const SKIPPED_DIRS = new Set(["node_modules", ".next", "dist", ".turbo", "coverage", "test-results", "generated", ".git"]);
const SKIPPED_FILES = new Set(["next-env.d.ts"]);

/** Whether a repo-relative path (forward slashes) is one of the files the linter checks. */
export function isLintedPath(relativePath: string): boolean {
  const segments = relativePath.split("/");
  const fileName = segments[segments.length - 1] ?? "";
  if (segments.length === 1) return SCANNED_ROOT_FILES.has(fileName);
  if (!SCANNED_TOP_DIRS.has(segments[0] ?? "")) return false;
  if (segments.some((segment) => SKIPPED_DIRS.has(segment))) return false;
  if (SKIPPED_FILES.has(fileName)) return false;
  return SOURCE_EXTENSIONS.has(path.extname(fileName));
}

/**
 * Repo-relative paths of every file to lint, sorted. Inside a git work tree
 * this asks git (tracked plus untracked-but-not-ignored files, so .gitignore
 * is respected); anywhere else it walks the file system.
 */
export async function listSourceFiles(root: string): Promise<string[]> {
  const candidates = (await listWithGit(root)) ?? (await walk(root, ""));
  const linted = candidates.filter(isLintedPath);
  // git still lists files deleted from the working tree but not yet from the index.
  const existing = await Promise.all(linted.map((file) => isFile(path.join(root, file))));
  return linted.filter((_, index) => existing[index]).sort();
}

async function listWithGit(root: string): Promise<string[] | null> {
  try {
    const { stdout } = await runFile("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      maxBuffer: 256 * 1024 * 1024,
    });
    return [...new Set(stdout.split("\0").filter(Boolean))];
  } catch {
    return null; // not a git work tree, or git is not installed
  }
}

async function walk(root: string, relativeDir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relativeDir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relativePath = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const wanted = relativeDir ? !SKIPPED_DIRS.has(entry.name) : SCANNED_TOP_DIRS.has(entry.name);
        return wanted ? walk(root, relativePath) : [];
      }
      return entry.isFile() ? [relativePath] : [];
    }),
  );
  return nested.flat();
}

async function isFile(absolutePath: string): Promise<boolean> {
  try {
    return (await stat(absolutePath)).isFile();
  } catch {
    return false;
  }
}
