import type { AppDefinition, Manifest } from "@stepperslife/manifest";

/**
 * What a vertical's name may be: it becomes its subdomain, its folder, `stepperslife_<name>` (database and role),
 * its bucket and `<NAME>_INTERNAL_URL`, so letters a–z only, as the manifest's schema requires.
 */
export const VERTICAL_NAME = /^[a-z]{2,30}$/;

const nextFree = (used: Set<number>, from: number) => {
  let port = from + 1;
  while (used.has(port)) port += 1;
  return port;
};

/**
 * The manifest entry of a new vertical: the next free app port and S3 server port after the fleet's highest,
 * its own database and bucket, and first words for its portal section that its owner then rewrites.
 */
export function planManifestEntry(manifest: Manifest, name: string): AppDefinition {
  const used = new Set(manifest.apps.flatMap((app) => [app.port, ...(app.storage ? [app.storage.port] : [])]));
  const appPorts = manifest.apps.map((app) => app.port);
  const storagePorts = manifest.apps.flatMap((app) => (app.storage ? [app.storage.port] : []));
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    name,
    title,
    port: nextFree(used, Math.max(...appPorts)),
    subdomain: name,
    database: `stepperslife_${name}`,
    storage: { bucket: name, port: nextFree(used, Math.max(...storagePorts)) },
    portal: { title: `New in ${title}`, emptyText: `Nothing in ${title} yet.` },
    description: `${title} for the steppers community.`,
  };
}
