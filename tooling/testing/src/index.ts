import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import "./provided-context";

/** Admin URL of the run's PostgreSQL (superuser or CREATEDB + CREATEROLE). */
export function postgresAdminUrl(): string {
  return inject("postgresAdminUrl");
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database on the run's server; drop() removes it. */
export async function createTestDatabase(prefix = "test"): Promise<TestDatabase> {
  const adminUrl = postgresAdminUrl();
  const name = `${prefix}_${randomBytes(6).toString("hex")}`.toLowerCase();
  await runAdminSql(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => runAdminSql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function runAdminSql(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
