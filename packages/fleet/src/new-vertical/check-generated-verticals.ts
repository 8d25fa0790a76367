import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { verticalsOf } from "@stepperslife/manifest";
import { readManifestAt } from "./read-manifest-at";
import { GENERATED_MARK, kitFiles, retiredKitFiles } from "./templates";

export interface KitDrift {
  app: string;
  path: string;
  problem: "missing" | "differs" | "retired";
}

/** The verticals the generator made: their package.json carries its mark. */
export function generatedVerticals(root: string): string[] {
  return verticalsOf(readManifestAt(root).manifest)
    .map((app) => app.name)
    .filter((name) => {
      const file = join(root, "apps", name, "package.json");
      if (!existsSync(file)) return false;
      return (JSON.parse(readFileSync(file, "utf8")) as { stepperslife?: { kit?: string } }).stepperslife?.kit === GENERATED_MARK;
    });
}

/**
 * Every kit file of each generated vertical that is not what the templates make today: a copy edited by hand, or a
 * template changed without `new:vertical -- <name> --update`, or a kit file the templates no longer make. The files a
 * vertical owns (pages, schema, kernel options, dependencies) and the domain code it adds are not compared.
 */
export function findKitDrift({ root, apps = generatedVerticals(root) }: { root: string; apps?: string[] }): KitDrift[] {
  const { manifest } = readManifestAt(root);
  return apps.flatMap((name) => [
    ...kitFiles(manifest.apps.find((app) => app.name === name) ?? { name, title: name }).flatMap((file): KitDrift[] => {
      const path = join(root, "apps", name, file.path);
      if (!existsSync(path)) return [{ app: name, path: file.path, problem: "missing" }];
      return readFileSync(path, "utf8") === file.content ? [] : [{ app: name, path: file.path, problem: "differs" }];
    }),
    ...retiredKitFiles
      .filter((path) => existsSync(join(root, "apps", name, path)))
      .map((path): KitDrift => ({ app: name, path, problem: "retired" })),
  ]);
}
