import { randomBytes } from "node:crypto";
import { installJobQueue, readJobStats } from "@stepperslife/jobs";
import { databaseRoleFor, fleet } from "@stepperslife/manifest";
import { postgresAdminUrl, runAdminSql, withDatabase } from "@stepperslife/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provisionDatabases } from "./provision-databases";

interface ProvisionedApp {
  name: string;
  database: string;
  role: string;
  password: string;
}

// The server is shared with other test files: our names carry a random prefix and are dropped after.
const prefix = `t${randomBytes(4).toString("hex")}_`;
const apps: ProvisionedApp[] = fleet.apps.map((app) => ({
  name: app.name,
  database: `${prefix}${app.database}`,
  role: `${prefix}${databaseRoleFor(app)}`,
  password: randomBytes(18).toString("base64url"),
}));
const maintenanceDatabases = ["postgres", "template1"];

function urlFor(role: string, password: string, database: string): string {
  const url = new URL(withDatabase(postgresAdminUrl(), database));
  url.username = role;
  url.password = password;
  return url.toString();
}

async function asRole<T>(app: ProvisionedApp, database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(app.role, app.password, database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE of a refused connection, or "connected". */
async function connectionOutcome(app: ProvisionedApp, database: string): Promise<string> {
  try {
    await asRole(app, database, async () => undefined);
    return "connected";
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
}

async function adminQuery<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const provision = () =>
  provisionDatabases({
    adminUrl: postgresAdminUrl(),
    apps: apps.map(({ database, role, password }) => ({ database, role, password })),
  });

/** Whether PUBLIC holds CONNECT on a maintenance database, to put the shared server back as we found it. */
async function publicConnectOn(database: string): Promise<boolean> {
  const rows = await adminQuery<{ granted: boolean }>(
    `SELECT coalesce(bool_or(acl.grantee = 0 AND acl.privilege_type = 'CONNECT'), datacl IS NULL) AS granted
       FROM pg_database LEFT JOIN LATERAL aclexplode(datacl) acl ON true WHERE datname = $1 GROUP BY datacl`,
    [database],
  );
  return rows[0]?.granted ?? false;
}

const publicConnectBefore: Record<string, boolean> = {};
beforeAll(async () => {
  for (const database of maintenanceDatabases) publicConnectBefore[database] = await publicConnectOn(database);
  await provision();
});

afterAll(async () => {
  for (const app of apps) {
    await runAdminSql(postgresAdminUrl(), `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(app.database)} WITH (FORCE)`);
    await runAdminSql(postgresAdminUrl(), `DROP ROLE IF EXISTS ${pg.escapeIdentifier(app.role)}`);
  }
  for (const database of maintenanceDatabases) {
    if (publicConnectBefore[database]) {
      await runAdminSql(postgresAdminUrl(), `GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(database)} TO PUBLIC`);
    }
  }
});

describe("provisionDatabases", () => {
  it("creates all seven apps: a login role without privileges that owns its database", async () => {
    expect(apps).toHaveLength(7);
    const roles = await adminQuery<{ rolname: string; rolcanlogin: boolean; rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
      "SELECT rolname, rolcanlogin, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname LIKE $1 ORDER BY rolname",
      [`${prefix}%`],
    );
    expect(roles).toEqual(
      apps
        .map((app) => ({ rolname: app.role, rolcanlogin: true, rolsuper: false, rolcreatedb: false, rolcreaterole: false }))
        .sort((a, b) => a.rolname.localeCompare(b.rolname)),
    );
    const owners = await adminQuery<{ datname: string; owner: string }>(
      "SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname LIKE $1",
      [`${prefix}%`],
    );
    expect(Object.fromEntries(owners.map((row) => [row.datname, row.owner]))).toEqual(
      Object.fromEntries(apps.map((app) => [app.database, app.role])),
    );
  });

  it("lets each role into its own database, where it can create tables", async () => {
    for (const app of apps) {
      const rows = await asRole(app, app.database, async (client) => {
        await client.query("CREATE TABLE visits (app text NOT NULL)");
        await client.query("INSERT INTO visits VALUES ($1)", [app.name]);
        return (await client.query("SELECT app, current_user AS role FROM visits")).rows;
      });
      expect(rows).toEqual([{ app: app.name, role: app.role }]);
    }
  });

  it("lets each role install its own job queue (graphile-worker's schema), as npm start does after migrating", async () => {
    for (const app of apps.slice(0, 2)) {
      const url = urlFor(app.role, app.password, app.database);
      await installJobQueue(url, () => {});
      expect(await readJobStats(url)).toEqual({ installed: true, queued: 0, retrying: 0, failed: 0, oldestQueuedAt: null });
      const [owner] = await asRole(app, app.database, async (client) =>
        (await client.query("SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'graphile_worker'")).rows,
      );
      expect(owner).toEqual({ owner: app.role });
    }
  });

  it("refuses all 42 connections from one app's role to another app's database", async () => {
    const outcomes: string[] = [];
    for (const app of apps) {
      for (const other of apps.filter((candidate) => candidate !== app)) {
        outcomes.push(`${app.name} -> ${other.name}: ${await connectionOutcome(app, other.database)}`);
      }
    }
    expect(outcomes).toHaveLength(42);
    expect(outcomes.filter((outcome) => !outcome.endsWith(": 42501"))).toEqual([]);
  });

  it("keeps app roles out of the maintenance databases", async () => {
    for (const app of apps) {
      for (const database of maintenanceDatabases) {
        expect(`${app.name} -> ${database}: ${await connectionOutcome(app, database)}`).toBe(`${app.name} -> ${database}: 42501`);
      }
    }
  });

  it("leaves PUBLIC without CREATE on each database's public schema", async () => {
    for (const app of apps) {
      const rows = await asRole(app, app.database, async (client) => {
        const sql = `SELECT EXISTS (SELECT 1 FROM pg_namespace, aclexplode(nspacl) acl
                      WHERE nspname = 'public' AND acl.grantee = 0 AND acl.privilege_type = 'CREATE') AS public_create`;
        return (await client.query(sql)).rows;
      });
      expect(rows).toEqual([{ public_create: false }]);
    }
  });

  it("refuses a wrong password", async () => {
    const [app] = apps as [ProvisionedApp];
    expect(await connectionOutcome({ ...app, password: `${app.password}x` }, app.database)).toBe("28P01");
  });

  it("changes nothing but the password hash when run again: no error, data kept", async () => {
    await provision();
    await provision();
    for (const app of apps) {
      const rows = await asRole(app, app.database, async (client) => (await client.query("SELECT app FROM visits")).rows);
      expect(rows).toEqual([{ app: app.name }]);
    }
  });

  it("applies a changed password", async () => {
    const app = apps[1]!;
    const oldPassword = app.password;
    app.password = randomBytes(18).toString("base64url");
    await provision();
    expect(await connectionOutcome(app, app.database)).toBe("connected");
    expect(await connectionOutcome({ ...app, password: oldPassword }, app.database)).toBe("28P01");
  });

  it("rejects identifiers that are not plain lowercase names before touching the server", async () => {
    const valid = { database: `${prefix}ok`, role: `${prefix}ok_app`, password: "long-enough-password" };
    for (const bad of [{ database: 'x"; DROP DATABASE postgres; --' }, { role: "Robert'); DROP" }, { database: "postgres" }, { role: "pg_monitor" }]) {
      await expect(provisionDatabases({ adminUrl: postgresAdminUrl(), apps: [{ ...valid, ...bad }] })).rejects.toThrow(/lowercase letters|system database|reserved role/);
    }
    const leftovers = await adminQuery("SELECT datname FROM pg_database WHERE datname = $1", [valid.database]);
    expect(leftovers).toEqual([]);
  });
});
