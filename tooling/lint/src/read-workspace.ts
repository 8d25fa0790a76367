import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { normaliseExports } from "./package-exports";
import type { Workspace, WorkspacePackage } from "./types";

// Only the fields the rules need; anything else in package.json is ignored.
const packageJsonSchema = z.object({ name: z.string().min(1), exports: z.unknown().optional() });

/** Reads the package.json of every apps/*, packages/* and tooling/* folder. */
export async function readWorkspace(root: string): Promise<Workspace> {
  const workspace: Workspace = {
    root,
    packagesByName: new Map(),
    packagesByDir: new Map(),
    appDirsByName: new Map(),
  };

  for (const group of ["packages", "tooling"]) {
    for (const dir of await listSubfolders(root, group)) {
      const manifest = await readPackageJson(root, dir);
      if (!manifest) continue;
      const pkg: WorkspacePackage = { name: manifest.name, dir, exports: normaliseExports(manifest.exports) };
      workspace.packagesByName.set(pkg.name, pkg);
      workspace.packagesByDir.set(dir, pkg);
    }
  }
  for (const dir of await listSubfolders(root, "apps")) {
    const manifest = await readPackageJson(root, dir);
    if (manifest) workspace.appDirsByName.set(manifest.name, dir);
  }
  return workspace;
}

async function listSubfolders(root: string, group: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, group), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${group}/${entry.name}`)
      .sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** null when the folder has no package.json (not a workspace package); throws on a broken one. */
async function readPackageJson(root: string, dir: string): Promise<z.infer<typeof packageJsonSchema> | null> {
  const file = path.join(root, dir, "package.json");
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${dir}/package.json is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = packageJsonSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${dir}/package.json needs a "name": ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
