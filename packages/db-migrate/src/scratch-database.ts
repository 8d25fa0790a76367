import { randomBytes } from "node:crypto";
import pg from "pg";
import { maskDatabaseUrl } from "./mask-database-url";
import { MigrationError } from "./migration-error";

export interface ScratchDatabaseOptions<T> {
  /** A role that may CREATE DATABASE on the server the scratch database lives on. */
  adminUrl: string;
  run: (scratchUrl: string) => Promise<T>;
  log?: (message: string) => void;
}

/**
 * Runs `run` against a new empty database and drops it afterwards, whether `run` succeeded or not.
 * template0 keeps whatever an administrator added to template1 out of the comparison.
 */
export async function withScratchDatabase<T>({ adminUrl, run, log = () => {} }: ScratchDatabaseOptions<T>): Promise<T> {
  const name = `db_migrate_scratch_${randomBytes(6).toString("hex")}`;
  try {
    await runAdminStatement(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0`);
  } catch (error) {
    throw new MigrationError(
      "SCRATCH_DATABASE_FAILED",
      `Cannot create a scratch database with ${maskDatabaseUrl(adminUrl)}: ${errorMessage(error)}. ` +
        `new/check need a role with CREATEDB (set MIGRATE_ADMIN_URL).`,
      { cause: error },
    );
  }

  let result: T;
  try {
    result = await run(databaseUrlFor(adminUrl, name));
  } catch (error) {
    await dropScratchDatabase(adminUrl, name).catch((dropError: unknown) =>
      log(`Could not drop scratch database ${name}: ${errorMessage(dropError)}`),
    );
    throw error;
  }
  try {
    await dropScratchDatabase(adminUrl, name);
  } catch (error) {
    throw new MigrationError("SCRATCH_DATABASE_FAILED", `Could not drop scratch database ${name}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return result;
}

function dropScratchDatabase(adminUrl: string, name: string): Promise<void> {
  // FORCE (PostgreSQL 13+) ends connections a failed step may have left open.
  return runAdminStatement(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

function databaseUrlFor(serverUrl: string, database: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function runAdminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: "db-migrate" });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end().catch(() => {});
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
