import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, makeTempDir, migrationRows, publicTables, type TestDatabase } from "./test-helpers";

const BIN = fileURLToPath(new URL("../bin/db-migrate.mjs", import.meta.url));

const SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../src/generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model Event {
  id    Int    @id @default(autoincrement())
  title String
}
`;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin in `cwd` with exactly `env`, so nothing from the test runner's environment leaks in. */
function runBin(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let appDir: string;
let removeAppDir: () => Promise<void>;

beforeEach(async () => {
  ({ path: appDir, remove: removeAppDir } = await makeTempDir("cli"));
  await mkdir(join(appDir, "prisma"));
  await writeFile(join(appDir, "prisma", "schema.prisma"), SCHEMA);
});

afterEach(async () => {
  await removeAppDir();
});

describe("db-migrate CLI", () => {
  it("names a missing DATABASE_URL and exits 2", async () => {
    const run = await runBin(appDir, ["deploy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL");
    expect(run.stderr).toContain("missing");
  });

  it("names a malformed variable without printing its value", async () => {
    const run = await runBin(appDir, ["check"], { MIGRATE_ADMIN_URL: "mysql://root:s3cret-value@db/app" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("MIGRATE_ADMIN_URL");
    expect(run.stderr).toContain("postgres://");
    expect(run.stderr).not.toContain("s3cret-value");
  });

  it("prints usage and exits 2 for an unknown command", async () => {
    const run = await runBin(appDir, ["migrate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("db-migrate deploy");
  });

  describe("against a database", () => {
    let database: TestDatabase;
    let databaseUrl: string;
    let password: string;

    beforeEach(async () => {
      database = await createTestDatabase("cli");
      const url = new URL(database.url);
      // A password makes masking observable; with trust authentication it is simply not asked for.
      if (!url.password) url.password = "cli-secret-password";
      password = decodeURIComponent(url.password);
      databaseUrl = url.toString();
    });

    afterEach(async () => {
      await database.drop();
    });

    it("creates, deploys and checks migrations from the app folder, reading .env.local", async () => {
      await writeFile(join(appDir, ".env.local"), `DATABASE_URL=${databaseUrl}\n`);
      await writeFile(join(appDir, ".env"), `DATABASE_URL=postgresql://wrong@127.0.0.1:1/wrong\n`);

      const created = await runBin(appDir, ["new", "create", "events"]);
      expect(created.stderr).toBe("");
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/Created prisma[/\\]migrations[/\\]\d{14}_create_events[/\\]migration\.sql/);

      const deployed = await runBin(appDir, ["deploy"]);
      expect(deployed.code).toBe(0);
      expect(deployed.stdout).toMatch(/Applied \d{14}_create_events/);
      expect(deployed.stdout).not.toContain(password);
      expect(await publicTables(database.url)).toEqual(["Event", "_prisma_migrations"]);
      expect(await migrationRows(database.url)).toHaveLength(1);

      const again = await runBin(appDir, ["deploy"]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("Database is up to date");

      expect((await runBin(appDir, ["check"])).code).toBe(0);

      await writeFile(join(appDir, "prisma", "schema.prisma"), SCHEMA.replace("  title String\n", "  title String\n  venue String?\n"));
      const drift = await runBin(appDir, ["check"]);
      expect(drift.code).toBe(1);
      expect(drift.stderr).toContain(`ALTER TABLE "Event" ADD COLUMN     "venue" TEXT;`);
      expect(drift.stderr).not.toContain(password);
    });

    it("reports a failing migration by name and exits 1", async () => {
      await mkdir(join(appDir, "prisma", "migrations", "20250101000000_broken"), { recursive: true });
      await writeFile(join(appDir, "prisma", "migrations", "20250101000000_broken", "migration.sql"), "SELECT 1;\nSELEC 2;");
      const run = await runBin(appDir, ["deploy"], { DATABASE_URL: databaseUrl });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("MIGRATION_FAILED");
      expect(run.stderr).toContain("20250101000000_broken");
      expect(run.stderr).toContain("line 2");
      expect(run.stderr).not.toContain(password);
    });
  });
});
