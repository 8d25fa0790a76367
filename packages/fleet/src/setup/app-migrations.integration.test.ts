import { join } from "node:path";
import { appSchemaPath, checkMigrations, deployMigrations } from "@stepperslife/db-migrate";
import { fleet } from "@stepperslife/manifest";
import { createTestDatabase, postgresAdminUrl } from "@stepperslife/testing";
import { describe, expect, it } from "vitest";
import { fleetPaths } from "../fleet-paths";

const paths = fleetPaths({ FLEET_DATA_DIR: ".data" });

// The drift check CI runs for every app: its migrations apply from scratch and match its schema (file or folder).
describe.each(fleet.apps.map((app) => app.name))("%s migrations", (name) => {
  it("deploy cleanly into an empty database, twice, and leave no drift from the schema", async () => {
    const prismaDir = join(paths.appDir(name), "prisma");
    const migrationsDir = join(prismaDir, "migrations");
    const database = await createTestDatabase(`migrations_${name}`);
    try {
      await deployMigrations({ databaseUrl: database.url, migrationsDir });
      expect((await deployMigrations({ databaseUrl: database.url, migrationsDir })).applied).toEqual([]);
      const { inSync, sql } = await checkMigrations({
        adminUrl: postgresAdminUrl(),
        schemaPath: appSchemaPath(paths.appDir(name)),
        migrationsDir,
      });
      expect(sql).toBe("");
      expect(inSync).toBe(true);
    } finally {
      await database.drop();
    }
  });
});
