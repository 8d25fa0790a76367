import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { verticalEntryFiles } from "./vertical-entry-files";

/**
 * Writes a vertical's entry files into `appDir`, leaving a file alone when it already says the same (a rewrite
 * would make a running `next dev` reload). Returns the paths it wrote.
 */
export async function writeVerticalEntryFiles(appDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const { path, content } of verticalEntryFiles) {
    const target = join(appDir, path);
    const current = await readFile(target, "utf8").catch(() => null);
    if (current === content) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    written.push(path);
  }
  return written;
}
