import { readdir } from "node:fs/promises";
import { join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getApp } from "@stepperslife/manifest";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** `apps/<name>` of an app of the manifest; an unknown name throws, listing the known ones. */
export function appFolderOf(app: string): string {
  return join(repoRoot, "apps", getApp(app).name);
}

/**
 * A module of the app, imported by its path under the app folder (e.g. `src/vertical.ts`): tooling never imports an
 * app statically, so no package depends on app code; Vitest resolves the app's own `@/` imports from there.
 */
export function importAppModule<Module>(app: string, path: string): Promise<Module> {
  return import(/* @vite-ignore */ pathToFileURL(join(appFolderOf(app), path)).href) as Promise<Module>;
}

/** Every route file under the app's src/app, as `../app/<path>/route.ts` → its loader: what discoverRoutes takes. */
export async function routeModulesOf(app: string): Promise<Record<string, () => Promise<unknown>>> {
  const files = (await readdir(join(appFolderOf(app), "src", "app"), { recursive: true })).filter((file) => /(^|[/\\])route\.tsx?$/.test(file));
  const relativePath = (file: string) => `src/app/${file.split(sep).join("/")}`;
  return Object.fromEntries(files.map((file) => [`../app/${file.split(sep).join("/")}`, () => importAppModule(app, relativePath(file))]));
}
