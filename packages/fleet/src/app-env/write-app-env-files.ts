import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fleet } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";
import { buildAppEnv } from "./build-app-env";
import { readAppEnvFile } from "./read-app-env-file";

/** Set by the operator in an env file and kept when `npm start` writes it again; everything else is generated. */
const keptSettings = ["DATABASE_POOL_SIZE"];

function quote(value: string) {
  // Double quotes with escapes keep any generated character safe for node's parseEnv and for dotenv.
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/**
 * Writes `<envDir>/<app>.env` for every app; ecosystem.config.js hands each file to its app. The operator's own
 * settings in an existing file (DATABASE_POOL_SIZE) survive, so the place the pool-size check points at is real.
 */
export async function writeAppEnvFiles({
  envDir,
  env,
  secrets,
  stripe = null,
}: {
  envDir: string;
  env: FleetEnv;
  secrets: FleetSecrets;
  stripe?: { apiUrl: string } | null;
}) {
  await mkdir(envDir, { recursive: true, mode: 0o700 });
  for (const app of fleet.apps) {
    const previous = await readAppEnvFile({ envDir, app: app.name });
    const kept = Object.fromEntries(keptSettings.flatMap((name) => (previous[name] ? [[name, previous[name]]] : [])));
    const vars = { ...buildAppEnv({ app, env, secrets, stripe }), ...kept };
    const body = Object.entries(vars)
      .map(([name, value]) => `${name}=${quote(value)}`)
      .join("\n");
    const file = join(envDir, `${app.name}.env`);
    const header = `# Written by \`npm start\` for the embedded fleet; regenerated on every start, keeping ${keptSettings.join(", ")}.`;
    await writeFile(file, `${header}\n${body}\n`, {
      mode: 0o600,
    });
    await chmod(file, 0o600);
  }
}
