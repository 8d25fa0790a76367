import pg from "pg";

// Bookkeeping a read may legitimately touch (when a session was last seen); everything else must stay as it was.
const USAGE_COLUMNS = /^last_?used/i;

/**
 * An md5 of every table's rows in an app's database (its own role, its own database), to prove a run of refused
 * requests changed nothing: no row added, removed or updated.
 */
export async function fingerprintTables(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
    );
    const tables = new Map<string, string[]>();
    for (const { table_name, column_name } of columns) {
      if (!USAGE_COLUMNS.test(column_name)) tables.set(table_name, [...(tables.get(table_name) ?? []), column_name]);
    }
    const fingerprints: Record<string, string> = {};
    for (const [table, names] of tables) {
      const row = names.map((name) => `t."${name}"`).join(", ");
      const { rows } = await client.query<{ count: string; digest: string | null }>(
        `SELECT count(*) AS count, md5(string_agg(r, '|' ORDER BY r)) AS digest FROM (SELECT ROW(${row})::text AS r FROM "${table}" t) s`,
      );
      fingerprints[table] = `${rows[0]?.count} rows ${rows[0]?.digest ?? "-"}`;
    }
    return fingerprints;
  } finally {
    await client.end();
  }
}
