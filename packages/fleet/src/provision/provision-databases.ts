import pg from "pg";
import { z } from "zod";
import { buildScramVerifier } from "./build-scram-verifier";

export interface ProvisionDatabasesOptions {
  /** A superuser (or CREATEDB + CREATEROLE owner of the maintenance databases) on the target server. */
  adminUrl: string;
  apps: Array<{ database: string; role: string; password: string }>;
}

const identifier = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, "lowercase letters, digits and _, at most 63 characters, not starting with a digit");

const systemDatabases = ["postgres", "template0", "template1"];

const optionsSchema = z.object({
  adminUrl: z.string().regex(/^postgres(ql)?:\/\//, "a postgres:// URL"),
  apps: z
    .array(
      z.object({
        database: identifier.refine((name) => !systemDatabases.includes(name), "must not be a system database"),
        role: identifier.refine((name) => !name.startsWith("pg_") && !["postgres", "public"].includes(name), "reserved role name"),
        password: z.string().regex(/^[\x21-\x7e]{12,1024}$/, "12 to 1024 printable ASCII characters, no spaces"),
      }),
    )
    .min(1)
    .refine((apps) => new Set(apps.map((app) => app.database)).size === apps.length, "databases must be distinct")
    .refine((apps) => new Set(apps.map((app) => app.role)).size === apps.length, "roles must be distinct"),
});

// Serialises concurrent runs (two `npm start`s) on one server; any constant works, this spells "STEP".
const provisioningLock = 0x53544550;

/**
 * Gives every app its own role and database, and nothing else: each role can log in with its password,
 * owns its database (and may create in its public schema) and cannot connect to any other database,
 * the maintenance databases included. Idempotent: run at every start; the password is (re)set each
 * time and existing data is kept.
 */
export async function provisionDatabases(options: ProvisionDatabasesOptions): Promise<void> {
  const { adminUrl, apps } = optionsSchema.parse(options);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock($1)", [provisioningLock]);
    const { rows } = await admin.query<{ me: string }>("SELECT current_user AS me");
    for (const app of apps) {
      if (app.role === rows[0]?.me) throw new Error(`Refusing to provision the admin role "${app.role}" as an app role`);
      await ensureRole(admin, app.role, app.password);
      await ensureDatabase(admin, app.database, app.role);
      await restrictPublicSchema(adminUrl, app.database, app.role);
    }
    for (const database of ["postgres", "template1"]) {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (exists.rowCount) await admin.query(`REVOKE CONNECT ON DATABASE ${pg.escapeIdentifier(database)} FROM PUBLIC`);
    }
  } finally {
    await admin.end();
  }
}

interface RoleAttributes {
  rolcanlogin: boolean;
  rolsuper: boolean;
  rolcreatedb: boolean;
  rolcreaterole: boolean;
}

async function ensureRole(admin: pg.Client, role: string, password: string): Promise<void> {
  const passwordClause = `PASSWORD ${pg.escapeLiteral(buildScramVerifier({ password }))}`;
  const { rows } = await admin.query<RoleAttributes>(
    "SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = $1",
    [role],
  );
  const existing = rows[0];
  if (!existing) {
    await admin.query(
      `CREATE ROLE ${pg.escapeIdentifier(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ${passwordClause}`,
    );
    return;
  }
  // Only the attributes that differ: changing SUPERUSER & co. needs more rights than setting a password.
  const corrections = [
    existing.rolcanlogin ? "" : "LOGIN",
    existing.rolsuper ? "NOSUPERUSER" : "",
    existing.rolcreatedb ? "NOCREATEDB" : "",
    existing.rolcreaterole ? "NOCREATEROLE" : "",
  ].filter(Boolean);
  await admin.query(`ALTER ROLE ${pg.escapeIdentifier(role)} WITH ${[...corrections, passwordClause].join(" ")}`);
}

async function ensureDatabase(admin: pg.Client, database: string, role: string): Promise<void> {
  const databaseName = pg.escapeIdentifier(database);
  const roleName = pg.escapeIdentifier(role);
  const { rows } = await admin.query<{ owner: string }>(
    "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1",
    [database],
  );
  const owner = rows[0]?.owner;
  if (owner === undefined) {
    await admin.query(`CREATE DATABASE ${databaseName} OWNER ${roleName}`);
  } else if (owner !== role) {
    await admin.query(`ALTER DATABASE ${databaseName} OWNER TO ${roleName}`);
  }
  // PUBLIC gets CONNECT and TEMPORARY by default; only the owner should be able to get in.
  await admin.query(`REVOKE ALL ON DATABASE ${databaseName} FROM PUBLIC`);
  await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${databaseName} TO ${roleName}`);
}

async function restrictPublicSchema(adminUrl: string, database: string, role: string): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // PostgreSQL 15+ already withholds CREATE from PUBLIC; older servers and old clusters do not.
    await client.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    await client.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${pg.escapeIdentifier(role)}`);
  } finally {
    await client.end();
  }
}
