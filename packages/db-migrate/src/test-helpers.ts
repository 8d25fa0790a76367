import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/**
 * Test-only helpers for this package's tests; not exported from the package. The run's PostgreSQL comes from the
 * repo's vitest global setup (tooling/testing) through inject, not by importing @stepperslife/testing: that package
 * builds migrated test databases with this one, and turbo refuses a dependency cycle.
 */

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/** Admin URL of the run's PostgreSQL. */
export function postgresAdminUrl(): string {
  return inject("postgresAdminUrl");
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database on the run's server; drop() removes it. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await queryRows(postgresAdminUrl(), `CREATE DATABASE "${name}"`);
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => queryRows(postgresAdminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {}) };
}

export async function makeTempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `db-migrate-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function writeMigration(migrationsDir: string, name: string, script: string): Promise<void> {
  await mkdir(join(migrationsDir, name), { recursive: true });
  await writeFile(join(migrationsDir, name, "migration.sql"), script);
}

export async function queryRows<Row extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function publicTables(databaseUrl: string): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    databaseUrl,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

export function migrationRows(databaseUrl: string): Promise<MigrationRow[]> {
  return queryRows<MigrationRow>(databaseUrl, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
}

export async function databaseExists(name: string): Promise<boolean> {
  const rows = await queryRows(postgresAdminUrl(), "SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rows.length > 0;
}
