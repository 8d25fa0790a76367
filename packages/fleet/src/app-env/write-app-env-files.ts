import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fleet } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";
import { buildAppEnv } from "./build-app-env";

function quote(value: string) {
  // Double quotes with escapes keep any generated character safe for node's parseEnv and for dotenv.
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/** Writes `<envDir>/<app>.env` for every app; ecosystem.config.js hands each file to its app. */
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
    const vars = buildAppEnv({ app, env, secrets, stripe });
    const body = Object.entries(vars)
      .map(([name, value]) => `${name}=${quote(value)}`)
      .join("\n");
    const file = join(envDir, `${app.name}.env`);
    await writeFile(file, `# Written by \`npm start\` for the embedded fleet; regenerated on every start.\n${body}\n`, {
      mode: 0o600,
    });
    await chmod(file, 0o600);
  }
}
