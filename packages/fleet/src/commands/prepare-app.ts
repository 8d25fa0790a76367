import { join } from "node:path";
import { getApp, verticals } from "@stepperslife/manifest";
import { fleetPaths, repoRoot } from "../fleet-paths";
import type { FleetEnv } from "../fleet-env";
import { writeVerticalEntryFiles } from "../prepare/write-vertical-entry-files";
import { runCommand } from "../setup/run-command";

/**
 * What an app needs on disk before `next build`, `next typegen` or `next dev` (its `build` and `typecheck` scripts
 * run it, and `fleet dev` does): a vertical's entry files from the kit, then its Prisma client from its own schema.
 */
export async function prepareApp({ env, args, log }: { env: FleetEnv; args: string[]; log: (line: string) => void }) {
  const app = getApp(args[0] ?? "");
  const appDir = fleetPaths(env).appDir(app.name);
  // The portal is not built on the kernel: its own proxy and instrumentation are its code.
  if (verticals.some((vertical) => vertical.name === app.name)) {
    const written = await writeVerticalEntryFiles(appDir);
    if (written.length) log(`${app.name}: wrote ${written.join(", ")} from the kit`);
  }
  await runCommand(process.execPath, [join(repoRoot, "packages/db-migrate/bin/db-migrate.mjs"), "generate"], { cwd: appDir });
}
