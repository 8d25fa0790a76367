import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Manifest, parseManifest } from "@stepperslife/manifest";

export type RawManifest = { apps: unknown[] } & Record<string, unknown>;

/** The manifest file of a repo at `root`: the generator reads and writes the tree it is pointed at, not its own. */
export function manifestFileAt(root: string): string {
  return join(root, "packages", "manifest", "apps.json");
}

/** That manifest raw (to write back with its comment) and validated. */
export function readManifestAt(root: string): { raw: RawManifest; manifest: Manifest } {
  const raw = JSON.parse(readFileSync(manifestFileAt(root), "utf8")) as RawManifest;
  return { raw, manifest: parseManifest(raw) };
}
