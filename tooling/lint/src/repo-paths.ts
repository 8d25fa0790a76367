import path from "node:path";

/** Repo-relative folder of the app containing `file` ("apps/main"), or null. */
export function appDirOf(file: string): string | null {
  return /^apps\/[^/]+(?=\/|$)/.exec(file)?.[0] ?? null;
}

/** Repo-relative folder of the workspace package (packages/* or tooling/*) containing `file`, or null. */
export function packageDirOf(file: string): string | null {
  return /^(?:packages|tooling)\/[^/]+(?=\/|$)/.exec(file)?.[0] ?? null;
}

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../");
}

/** Where a relative specifier in `fromFile` points, repo-relative (may start with "../" if it leaves the repo). */
export function resolveRelative(fromFile: string, specifier: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier)).replace(/\/$/, "");
}

export function isInside(file: string, dir: string): boolean {
  return file === dir || file.startsWith(`${dir}/`);
}
