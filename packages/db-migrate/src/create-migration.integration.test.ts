import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkMigrations } from "./check-migrations";
import { createMigration } from "./create-migration";
import { deployMigrations } from "./deploy-migrations";
import { MigrationError } from "./migration-error";
import { createTestDatabase, databaseExists, makeTempDir, migrationRows, postgresAdminUrl, publicTables, queryRows, writeMigration } from "./test-helpers";

const HEADER = `generator client {
  provider = "prisma-client"
  output   = "../src/generated/prisma"
}

datasource db {
  provider = "postgresql"
}
`;

const USERS = `
enum Role {
  USER
  ADMIN
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  role  Role   @default(USER)
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

let appDir: string;
let removeAppDir: () => Promise<void>;
let schemaPath: string;
let migrationsDir: string;

beforeEach(async () => {
  ({ path: appDir, remove: removeAppDir } = await makeTempDir("app"));
  schemaPath = join(appDir, "schema.prisma");
  migrationsDir = join(appDir, "migrations");
});

afterEach(async () => {
  await removeAppDir();
});

async function writeSchema(body: string) {
  await writeFile(schemaPath, HEADER + body);
}

const options = () => ({ adminUrl: postgresAdminUrl(), schemaPath, migrationsDir });

async function listMigrationsDir(): Promise<string[]> {
  return (await readdir(migrationsDir).catch(() => [] as string[])).sort();
}

/** A migration that fails and names the database it ran in, so a test can see which scratch database was used. */
const FAIL_NAMING_DATABASE = `DO $$ BEGIN RAISE EXCEPTION 'ran in database [%]', current_database(); END $$;`;

async function scratchDatabaseNamedIn(error: unknown): Promise<string> {
  const name = /ran in database \[([a-z0-9_]+)\]/.exec((error as Error).message)?.[1];
  expect(name).toMatch(/^db_migrate_scratch_/);
  return name!;
}

describe("createMigration and checkMigrations", () => {
  it("writes a migration that applies, after which check reports the schema in sync", async () => {
    await writeSchema(USERS);
    expect((await checkMigrations(options())).inSync).toBe(false);

    const { created } = await createMigration({ ...options(), name: "Add users and posts" });

    expect(created).toMatch(/[/\\]\d{14}_add_users_and_posts$/);
    expect(await listMigrationsDir()).toEqual([created!.split(/[/\\]/).at(-1), "migration_lock.toml"]);
    expect(await readFile(join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    const sql = await readFile(join(created!, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');`);
    expect(sql).toContain(`CREATE TABLE "User"`);
    expect(sql).toContain(`FOREIGN KEY ("authorId") REFERENCES "User"("id")`);
    expect(sql).not.toContain("_prisma_migrations");

    expect(await checkMigrations(options())).toEqual({ inSync: true, sql: "" });

    // The written file deploys to a real database.
    const database = await createTestDatabase("created");
    try {
      await deployMigrations({ databaseUrl: database.url, migrationsDir });
      expect(await publicTables(database.url)).toEqual(["Post", "User", "_prisma_migrations"]);
      const columns = await queryRows<{ column_name: string }>(
        database.url,
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'Post' ORDER BY column_name`,
      );
      expect(columns.map((column) => column.column_name)).toEqual(["authorId", "id", "title"]);
    } finally {
      await database.drop();
    }
  });

  it("detects drift and prints the missing SQL, then a second migration closes it", async () => {
    await writeSchema(USERS);
    await createMigration({ ...options(), name: "init" });
    await writeSchema(USERS.replace("  title    String\n", "  title    String\n  body     String?\n"));

    const drift = await checkMigrations(options());

    expect(drift.inSync).toBe(false);
    expect(drift.sql).toContain(`ALTER TABLE "Post" ADD COLUMN     "body" TEXT;`);

    const { created } = await createMigration({ ...options(), name: "add_post_body" });
    expect(await readFile(join(created!, "migration.sql"), "utf8")).toBe(drift.sql);
    const folders = (await listMigrationsDir()).filter((entry) => entry !== "migration_lock.toml");
    expect(folders).toHaveLength(2);
    expect(folders[1]).toMatch(/_add_post_body$/);
    expect(await checkMigrations(options())).toEqual({ inSync: true, sql: "" });
  });

  it("writes nothing when there is no change, also for a schema without models", async () => {
    await writeSchema("");
    expect(await checkMigrations(options())).toEqual({ inSync: true, sql: "" });
    expect(await createMigration({ ...options(), name: "nothing" })).toEqual({ created: null });
    expect(await listMigrationsDir()).toEqual([]);

    await writeSchema(USERS);
    await createMigration({ ...options(), name: "init" });
    const before = await listMigrationsDir();
    expect(await createMigration({ ...options(), name: "again" })).toEqual({ created: null });
    expect(await listMigrationsDir()).toEqual(before);
  });

  it("drops the scratch database when an existing migration fails, and says which one", async () => {
    await writeSchema(USERS);
    await writeMigration(migrationsDir, "20250101000000_broken", FAIL_NAMING_DATABASE);

    const createError = await createMigration({ ...options(), name: "next" }).catch((error: unknown) => error);
    expect((createError as MigrationError).code).toBe("MIGRATION_FAILED");
    expect((createError as MigrationError).message).toContain("20250101000000_broken");
    expect(await databaseExists(await scratchDatabaseNamedIn(createError))).toBe(false);
    expect(await listMigrationsDir()).toEqual(["20250101000000_broken"]);

    const checkError = await checkMigrations(options()).catch((error: unknown) => error);
    expect((checkError as MigrationError).code).toBe("MIGRATION_FAILED");
    expect(await databaseExists(await scratchDatabaseNamedIn(checkError))).toBe(false);
  });

  it("reports an invalid schema as a schema engine error", async () => {
    await writeSchema("model Broken {\n  id Int @id\n  other DoesNotExist\n}\n");
    const error = await checkMigrations(options()).catch((rejection: unknown) => rejection);
    expect((error as MigrationError).code).toBe("SCHEMA_ENGINE_FAILED");
    expect((error as MigrationError).message).toContain("DoesNotExist");
  });

  it("leaves the app's own database untouched", async () => {
    const database = await createTestDatabase("untouched");
    try {
      await writeSchema(USERS);
      await createMigration({ adminUrl: database.url, schemaPath, migrationsDir, name: "init" });
      expect(await publicTables(database.url)).toEqual([]);
      expect(await migrationRows(database.url).catch(() => "no table")).toBe("no table");
    } finally {
      await database.drop();
    }
  });
});
