import pg from "pg";

/**
 * Makes every transaction that inserts a matching row into `table` fail when it commits (a deferred constraint
 * trigger), after all of its statements ran: how a test shows that what a transaction queued goes with it. Returns
 * the undo. `where` is SQL over the new row, e.g. `NEW.buyer_email = 'rollback@example.com'`.
 */
export async function failCommitsWhere({ databaseUrl, table, where }: { databaseUrl: string; table: string; where: string }): Promise<() => Promise<void>> {
  const name = `test_fail_commit_${table}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`create function ${name}() returns trigger language plpgsql as $$
      begin raise exception 'refused at commit by the test'; end $$`);
    await client.query(`create constraint trigger ${name} after insert on ${table} deferrable initially deferred
      for each row when (${where}) execute function ${name}()`);
  } finally {
    await client.end();
  }
  return async () => {
    const undo = new pg.Client({ connectionString: databaseUrl });
    await undo.connect();
    try {
      await undo.query(`drop trigger ${name} on ${table}; drop function ${name}()`);
    } finally {
      await undo.end();
    }
  };
}
