import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fleet } from "@stepperslife/manifest";
import { postgresAdminUrl } from "@stepperslife/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAppConnections } from "./read-app-connections";
import { refuseOversizedFleet } from "./refuse-oversized-fleet";

let maxConnections: number;
let envDir: string;
let savedEnv: NodeJS.ProcessEnv;
const logged: string[] = [];
const log = (line: string) => logged.push(line);

/** Env files for every app on the test run's server, as `npm start` or an operator would write them. */
async function writeEnvFiles(poolSizes: Record<string, number>) {
  for (const app of fleet.apps) {
    const poolSize = poolSizes[app.name] === undefined ? "" : `DATABASE_POOL_SIZE=${poolSizes[app.name]}\n`;
    await writeFile(join(envDir, `${app.name}.env`), `DATABASE_URL="${postgresAdminUrl()}"\n${poolSize}`);
  }
}

/** What `npm start` checks: the apps as ecosystem.config.js describes them to pm2, reading the env files. */
const fleetAsPm2StartsIt = () => readAppConnections({ paths: { envDir }, shell: {} });

beforeAll(async () => {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  maxConnections = Number((await client.query<{ max_connections: string }>("SHOW max_connections")).rows[0]?.max_connections);
  await client.end();
  envDir = await mkdtemp(join(tmpdir(), "fleet-budget-"));
  // ecosystem.config.js reads these when evaluated: our env files, and one worker per app (no *_INSTANCES).
  savedEnv = { ...process.env };
  process.env.FLEET_ENV_DIR = envDir;
  for (const name of Object.keys(process.env).filter((name) => name.endsWith("_INSTANCES"))) delete process.env[name];
});

afterAll(async () => {
  process.env = savedEnv;
  await rm(envDir, { recursive: true, force: true });
});

describe("refuseOversizedFleet against the run's PostgreSQL", () => {
  it("starts a fleet that uses exactly 80% of the server's max_connections, and logs the sum", async () => {
    const budget = Math.floor((maxConnections * 80) / 100);
    // Six apps at one connection each, events takes the rest but its job worker's; each vertical's job worker holds 3.
    const jobs = 3 * (fleet.apps.length - 1);
    await writeEnvFiles(Object.fromEntries(fleet.apps.map((app) => [app.name, app.name === "events" ? budget - 6 - jobs : 1])));
    await expect(refuseOversizedFleet({ apps: fleetAsPm2StartsIt(), adminUrl: postgresAdminUrl(), log })).resolves.toBeUndefined();
    expect(logged.at(-1)).toContain(`total ${budget} ≤ 80% of max_connections ${maxConnections} = ${budget}`);
  });

  it("refuses one connection more, naming the largest app's knobs and the server's max_connections", async () => {
    const budget = Math.floor((maxConnections * 80) / 100);
    const jobs = 3 * (fleet.apps.length - 1);
    await writeEnvFiles(Object.fromEntries(fleet.apps.map((app) => [app.name, app.name === "events" ? budget - 5 - jobs : 1])));
    const refusal = refuseOversizedFleet({ apps: fleetAsPm2StartsIt(), adminUrl: postgresAdminUrl(), log });
    await expect(refusal).rejects.toThrow(`total ${budget + 1} > 80% of max_connections ${maxConnections} = ${budget}`);
    await expect(refusal).rejects.toThrow(`Lower EVENTS_INSTANCES or DATABASE_POOL_SIZE in ${join(envDir, "events.env")}`);
  });

  it("asks each server its apps use on its own, and says which one did not answer", async () => {
    await writeEnvFiles({});
    const apps = fleetAsPm2StartsIt().map((app, index) => ({
      ...app,
      databaseUrl: index === 0 ? "postgres://nobody:pw@127.0.0.1:1/stepperslife_main" : postgresAdminUrl(),
    }));
    await expect(refuseOversizedFleet({ apps, adminUrl: postgresAdminUrl(), log })).rejects.toThrow(
      /Could not ask PostgreSQL at 127\.0\.0\.1:1 for max_connections/,
    );
  });
});
