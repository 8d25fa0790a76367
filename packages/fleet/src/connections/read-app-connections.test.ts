import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fleet } from "@stepperslife/manifest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readAppConnections } from "./read-app-connections";

// ecosystem.config.js reads these when it is evaluated, as it does under pm2.
const fleetVariables = ["FLEET_ENV_DIR", "FLEET_INSTANCES", "EVENTS_INSTANCES"] as const;
let envDir: string;
let saved: Record<string, string | undefined>;

beforeEach(async () => {
  envDir = await mkdtemp(join(tmpdir(), "fleet-connections-"));
  saved = Object.fromEntries(fleetVariables.map((name) => [name, process.env[name]]));
  process.env.FLEET_ENV_DIR = envDir;
  for (const app of fleet.apps) {
    await writeFile(join(envDir, `${app.name}.env`), `DATABASE_URL="postgres://${app.name}:pw@db.internal:5432/${app.database}"\n`);
  }
});

afterEach(async () => {
  for (const name of fleetVariables) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await rm(envDir, { recursive: true, force: true });
});

describe("readAppConnections", () => {
  it("counts the workers ecosystem.config.js starts and each env file's DATABASE_POOL_SIZE (default 10)", async () => {
    process.env.FLEET_INSTANCES = "2";
    process.env.EVENTS_INSTANCES = "3";
    await writeFile(join(envDir, "events.env"), `DATABASE_URL="postgres://e:pw@db.internal:5432/stepperslife_events"\nDATABASE_POOL_SIZE=7\n`);
    const apps = readAppConnections({ paths: { envDir }, shell: {} });
    expect(apps.map((app) => app.name)).toEqual(fleet.apps.map((app) => app.name));
    expect(apps.find((app) => app.name === "events")).toMatchObject({ workers: 3, poolSize: 7, poolSizeFrom: join(envDir, "events.env") });
    // The portal runs no job worker; every vertical's worker process runs one (concurrency 1 + 2 connections).
    expect(apps.find((app) => app.name === "main")).toMatchObject({ workers: 2, poolSize: 10, jobConnections: 0 });
    expect(apps.filter((app) => app.name !== "main").map((app) => app.jobConnections)).toEqual(Array(fleet.apps.length - 1).fill(3));
  });

  it("counts npm start's own DATABASE_POOL_SIZE when a file has none, since pm2 passes it on", () => {
    const apps = readAppConnections({ paths: { envDir }, shell: { DATABASE_POOL_SIZE: "4" } });
    expect(apps.find((app) => app.name === "store")).toMatchObject({ workers: 1, poolSize: 4, poolSizeFrom: "npm start's environment" });
  });

  it("refuses a malformed pool size, naming the file", async () => {
    await writeFile(join(envDir, "store.env"), `DATABASE_URL="postgres://s:pw@db.internal:5432/stepperslife_store"\nDATABASE_POOL_SIZE=lots\n`);
    expect(() => readAppConnections({ paths: { envDir }, shell: {} })).toThrow(
      `DATABASE_POOL_SIZE in ${join(envDir, "store.env")} (store): expected a whole number of connections from 1 to 1000`,
    );
  });
});
