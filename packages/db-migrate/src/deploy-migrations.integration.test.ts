import { createHash } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deployMigrations } from "./deploy-migrations";
import { MigrationError } from "./migration-error";
import { createTestDatabase, makeTempDir, migrationRows, publicTables, queryRows, type TestDatabase, writeMigration } from "./test-helpers";

const CREATE_USERS = `CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));`;
// Depends on the first migration, so applying out of order fails.
const ADD_USER_NAME = `ALTER TABLE "User" ADD COLUMN "name" TEXT;
CREATE FUNCTION "user_count"() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM "User");
END;
$$;`;
const CREATE_POSTS = `CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER NOT NULL REFERENCES "User"("id"));`;

let database: TestDatabase;
let migrationsDir: string;
let removeMigrationsDir: () => Promise<void>;

beforeEach(async () => {
  database = await createTestDatabase("deploy");
  ({ path: migrationsDir, remove: removeMigrationsDir } = await makeTempDir("deploy"));
});

afterEach(async () => {
  await database.drop();
  await removeMigrationsDir();
});

function deploy() {
  return deployMigrations({ databaseUrl: database.url, migrationsDir });
}

async function expectRefusal(code: MigrationError["code"], messagePart: string) {
  const error = await deploy().then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(MigrationError);
  expect((error as MigrationError).code).toBe(code);
  expect((error as MigrationError).message).toContain(messagePart);
}

describe("deployMigrations", () => {
  it("applies pending migrations in name order and records them as Prisma does", async () => {
    // Written out of order: the folder name, not creation order, decides.
    await writeMigration(migrationsDir, "20250102000000_add_user_name", ADD_USER_NAME);
    await writeMigration(migrationsDir, "20250101000000_create_users", CREATE_USERS);

    const { applied } = await deploy();

    expect(applied).toEqual(["20250101000000_create_users", "20250102000000_add_user_name"]);
    expect(await publicTables(database.url)).toEqual(["User", "_prisma_migrations"]);
    expect(await queryRows(database.url, `SELECT "user_count"()::text AS count`)).toEqual([{ count: "0" }]);

    const columns = await queryRows<{ column_name: string; data_type: string; length: number | null; nullable: string; column_default: string | null }>(
      database.url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable AS nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, nullable: "NO", column_default: "0" },
    ]);
    const [primaryKey] = await queryRows<{ column_name: string }>(
      database.url,
      `SELECT kcu.column_name FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)
        WHERE tc.table_name = '_prisma_migrations' AND tc.constraint_type = 'PRIMARY KEY'`,
    );
    expect(primaryKey?.column_name).toBe("id");

    const rows = await migrationRows(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
    expect(rows.map((row) => row.checksum)).toEqual([sha256(CREATE_USERS), sha256(ADD_USER_NAME)]);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("is a no-op when run again, and applies only what was added since", async () => {
    await writeMigration(migrationsDir, "20250101000000_create_users", CREATE_USERS);
    await deploy();
    const rowsBefore = await migrationRows(database.url);

    expect(await deploy()).toEqual({ applied: [] });
    expect(await migrationRows(database.url)).toEqual(rowsBefore);

    await writeMigration(migrationsDir, "20250103000000_create_posts", CREATE_POSTS);
    expect(await deploy()).toEqual({ applied: ["20250103000000_create_posts"] });
    expect(await publicTables(database.url)).toEqual(["Post", "User", "_prisma_migrations"]);
  });

  it("succeeds on an empty or missing migrations folder and still creates the history table", async () => {
    await rm(migrationsDir, { recursive: true });
    expect(await deploy()).toEqual({ applied: [] });
    expect(await publicTables(database.url)).toEqual(["_prisma_migrations"]);
  });

  it("rolls a failing migration back entirely, records nothing, and applies it once fixed", async () => {
    await writeMigration(migrationsDir, "20250101000000_create_users", CREATE_USERS);
    const broken = `CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY);\nALTER TABLE "Post" ADD COLUMN "authorId" NO_SUCH_TYPE;`;
    await writeMigration(migrationsDir, "20250102000000_create_posts", broken);

    const error = await deploy().catch((rejection: unknown) => rejection);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("MIGRATION_FAILED");
    expect((error as MigrationError).message).toContain("20250102000000_create_posts");
    expect((error as MigrationError).message).toContain('type "no_such_type" does not exist');
    expect((error as MigrationError).message).toContain("line 2");
    // The earlier migration stays applied; nothing of the failed one remains.
    expect(await publicTables(database.url)).toEqual(["User", "_prisma_migrations"]);
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).toEqual(["20250101000000_create_users"]);

    await writeMigration(migrationsDir, "20250102000000_create_posts", CREATE_POSTS);
    expect(await deploy()).toEqual({ applied: ["20250102000000_create_posts"] });
    expect(await publicTables(database.url)).toEqual(["Post", "User", "_prisma_migrations"]);
  });

  it("commits a migration only together with its history row", async () => {
    // The script itself succeeds, but makes recording it fail: both must be undone together.
    const blocksItsOwnRow = `CREATE TABLE "Foo" ("id" INTEGER);
CREATE FUNCTION "refuse_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history is read-only';
END;
$$;
CREATE TRIGGER "refuse_history" BEFORE INSERT ON "_prisma_migrations" FOR EACH ROW EXECUTE FUNCTION "refuse_history"();`;
    await writeMigration(migrationsDir, "20250101000000_blocks_its_own_row", blocksItsOwnRow);

    await expectRefusal("MIGRATION_FAILED", "history is read-only");

    expect(await publicTables(database.url)).toEqual(["_prisma_migrations"]);
    expect(await migrationRows(database.url)).toEqual([]);
    const triggers = await queryRows(database.url, `SELECT 1 FROM pg_trigger WHERE tgname = 'refuse_history'`);
    expect(triggers).toEqual([]);
  });

  it("refuses when an applied migration was edited, but not for a CRLF-only change", async () => {
    await writeMigration(migrationsDir, "20250101000000_create_users", `${CREATE_USERS}\n-- trailing comment\n`);
    await deploy();

    await writeMigration(migrationsDir, "20250101000000_create_users", `${CREATE_USERS}\r\n-- trailing comment\r\n`);
    await writeMigration(migrationsDir, "20250102000000_create_posts", CREATE_POSTS);
    expect(await deploy()).toEqual({ applied: ["20250102000000_create_posts"] });

    await writeMigration(migrationsDir, "20250101000000_create_users", `${CREATE_USERS}\n-- edited comment\n`);
    await writeMigration(migrationsDir, "20250103000000_add_user_name", ADD_USER_NAME);
    await expectRefusal("MIGRATION_EDITED", "20250101000000_create_users");
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).not.toContain(
      "20250103000000_add_user_name",
    );
  });

  it("refuses when an applied migration is missing locally", async () => {
    await writeMigration(migrationsDir, "20250101000000_create_users", CREATE_USERS);
    await writeMigration(migrationsDir, "20250102000000_create_posts", CREATE_POSTS);
    await deploy();
    await rm(join(migrationsDir, "20250102000000_create_posts"), { recursive: true });

    await expectRefusal("MIGRATION_MISSING_LOCALLY", "20250102000000_create_posts");
  });

  it("refuses while a failed migration row is left behind, and continues once it is marked rolled back", async () => {
    await writeMigration(migrationsDir, "20250101000000_create_users", CREATE_USERS);
    await deploy();
    await writeMigration(migrationsDir, "20250102000000_create_posts", CREATE_POSTS);
    await queryRows(
      database.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES (gen_random_uuid()::text, 'x', '20250102000000_create_posts', now(), 0)`,
    );

    await expectRefusal("MIGRATION_FAILED_ROW", "20250102000000_create_posts");
    expect(await publicTables(database.url)).not.toContain("Post");

    await queryRows(database.url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
    expect(await deploy()).toEqual({ applied: ["20250102000000_create_posts"] });
  });

  it("refuses a migration folder without migration.sql", async () => {
    await writeMigration(migrationsDir, "20250101000000_create_users", CREATE_USERS);
    await writeFile(join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await rm(join(migrationsDir, "20250101000000_create_users", "migration.sql"));

    await expectRefusal("MIGRATIONS_DIR_INVALID", "20250101000000_create_users");
  });

  it("applies each migration exactly once when two deploys run at the same time", async () => {
    // Slow enough that the second deploy starts while the first holds the lock; neither migration
    // is idempotent, so applying one twice would fail.
    await writeMigration(migrationsDir, "20250101000000_create_users", `SELECT pg_sleep(0.5);\n${CREATE_USERS}`);
    await writeMigration(migrationsDir, "20250102000000_create_posts", CREATE_POSTS);

    const results = await Promise.all([deploy(), deploy(), deploy()]);

    const appliedAcrossRuns = results.flatMap((result) => result.applied).sort();
    expect(appliedAcrossRuns).toEqual(["20250101000000_create_users", "20250102000000_create_posts"]);
    expect(results.filter((result) => result.applied.length > 0)).toHaveLength(1);
    const rows = await migrationRows(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(["20250101000000_create_users", "20250102000000_create_posts"]);
  });

  it("reports an unreachable database with a masked URL", async () => {
    const unreachable = "postgresql://someone:hunter2@127.0.0.1:1/nowhere";
    const error = await deployMigrations({ databaseUrl: unreachable, migrationsDir }).catch((rejection: unknown) => rejection);
    expect((error as MigrationError).code).toBe("DATABASE_UNREACHABLE");
    expect((error as MigrationError).message).not.toContain("hunter2");
  });
});
