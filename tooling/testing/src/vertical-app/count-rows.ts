/** What countRows needs of an app's Prisma client. */
export interface RawQueryClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/**
 * Every table of the app's own schema (Prisma's migration history aside) with its row count and a digest of all its
 * rows: equal before and after a request proves it wrote nothing (no row added, removed or changed, counters and
 * timestamps included), whatever the app's tables are.
 */
export async function countRows(db: RawQueryClient): Promise<Record<string, { rows: number; digest: string | null }>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations' order by table_name`,
  );
  const counted = await Promise.all(
    tables.map(async ({ name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const [row] = await db.$queryRawUnsafe<{ rows: number; digest: string | null }[]>(
        `select count(*)::int as rows, md5(string_agg(t::text, E'\\n' order by t::text)) as digest from ${quoted} t`,
      );
      return [name, row!] as const;
    }),
  );
  return Object.fromEntries(counted);
}
