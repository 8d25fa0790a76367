import { fleet } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import { listPm2Processes } from "../pm2/list-pm2-processes";
import { runPm2 } from "../pm2/run-pm2";
import { infrastructureNames } from "../setup/start-infrastructure";

/** `npm stop`: the apps first (they hold database connections), then the infrastructure; data stays. */
export async function stopFleet({ env, log }: { env: FleetEnv; log: (line: string) => void }) {
  const known = new Set((await listPm2Processes()).map((p) => p.name));
  const apps = fleet.apps.map((app) => app.name).filter((name) => known.has(name));
  const infrastructure = env.FLEET_INFRA === "embedded" ? infrastructureNames.filter((name) => known.has(name)) : [];
  for (const group of [apps, infrastructure]) {
    if (group.length === 0) continue;
    log(`Stopping ${group.join(", ")}`);
    await runPm2(["delete", ...group]);
  }
  log(apps.length + infrastructure.length ? "Fleet stopped; data kept in the data folder." : "Nothing was running.");
}
