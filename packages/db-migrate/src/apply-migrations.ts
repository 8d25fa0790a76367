import { randomUUID } from "node:crypto";
import pg from "pg";
import { ensureMigrationsTable } from "./ensure-migrations-table";
import { findPendingMigrations } from "./find-pending-migrations";
import { maskDatabaseUrl } from "./mask-database-url";
import { MigrationError } from "./migration-error";
import { readMigrationHistory } from "./read-migration-history";
import type { LocalMigration } from "./read-migrations";

/** The key Prisma Migrate locks, so this tool and `prisma migrate deploy` never run at once. */
const PRISMA_MIGRATE_ADVISORY_LOCK = 72707369;

export interface ApplyMigrationsOptions {
  databaseUrl: string;
  migrations: readonly LocalMigration[];
  log?: (message: string) => void;
}

/**
 * Applies the pending ones of `migrations` (already in order) under Prisma's advisory lock. Each
 * migration runs in one transaction together with its _prisma_migrations row, so a failure leaves
 * neither a half-applied schema nor a row behind.
 */
export async function applyMigrations({
  databaseUrl,
  migrations,
  log = () => {},
}: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "db-migrate" });
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(
      "DATABASE_UNREACHABLE",
      `Cannot connect to ${maskDatabaseUrl(databaseUrl)}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  // An idle client can still emit a socket error; unhandled it would crash the process.
  client.on("error", () => {});

  try {
    await acquireAdvisoryLock(client, log);
    await ensureMigrationsTable(client);
    const pending = findPendingMigrations(migrations, await readMigrationHistory(client));
    const applied: string[] = [];
    for (const migration of pending) {
      await applyOneMigration(client, migration);
      applied.push(migration.name);
      log(`Applied ${migration.name}`);
    }
    return { applied };
  } finally {
    // Ending the session releases the advisory lock even when unlocking is not reached.
    await client.end().catch(() => {});
  }
}

async function acquireAdvisoryLock(client: pg.Client, log: (message: string) => void): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
    PRISMA_MIGRATE_ADVISORY_LOCK,
  ]);
  if (rows[0]?.locked) return;
  log("Another migration run holds the lock on this database; waiting for it to finish…");
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_ADVISORY_LOCK]);
}

async function applyOneMigration(client: pg.Client, migration: LocalMigration): Promise<void> {
  await client.query("BEGIN");
  try {
    // No parameters: pg sends it over the simple query protocol, which runs many statements at once.
    await client.query(migration.script);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(
      "MIGRATION_FAILED",
      `Migration ${migration.name} failed and was rolled back; nothing of it was applied or recorded.\n` +
        describeDatabaseError(error, migration.script),
      { cause: error },
    );
  }
}

function describeDatabaseError(error: unknown, script: string): string {
  const details = error as Partial<pg.DatabaseError>;
  const lines = [errorMessage(error)];
  const position = Number(details.position);
  if (Number.isInteger(position) && position > 0) {
    lines[0] += ` (at line ${script.slice(0, position - 1).split("\n").length} of migration.sql)`;
  }
  if (details.detail) lines.push(`Detail: ${details.detail}`);
  if (details.hint) lines.push(`Hint: ${details.hint}`);
  return lines.join("\n");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
