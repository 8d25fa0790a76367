import { chmod, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

export interface EnsurePathTraversableOptions {
  /** A file or directory another OS user must reach; its ancestors get checked, not itself. */
  path: string;
  log?: (line: string) => void;
}

const othersMaySearch = 0o001;

/**
 * When we run as root, PostgreSQL runs as OS user `postgres`, which needs to walk through every
 * ancestor directory of its binaries and data folder. Directories made by mkdtemp (mode 700) block
 * it, so we add the search bit for others — never read, so directory listings stay private.
 */
export async function ensurePathTraversable({ path, log }: EnsurePathTraversableOptions): Promise<void> {
  const ancestors: string[] = [];
  for (let current = dirname(resolve(path)); ; current = dirname(current)) {
    ancestors.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const directory of ancestors) {
    const { mode } = await stat(directory);
    if ((mode & othersMaySearch) === 0) {
      await chmod(directory, (mode & 0o7777) | othersMaySearch);
      log?.(`Added o+x to ${directory} so the postgres OS user can reach ${path}`);
    }
  }
}
