import pg from "pg";
import type { JobTransaction } from "../enqueue-job";

export interface PgTransactionClient extends JobTransaction {
  $queryRawUnsafe<T>(query: string, ...values: unknown[]): Promise<T[]>;
  /** Like Prisma's interactive transaction: commits when `fn` resolves, rolls back when it throws. */
  $transaction<T>(fn: (tx: JobTransaction & Pick<PgTransactionClient, "$queryRawUnsafe">) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

/**
 * The part of a PrismaClient this package uses, on a plain pg pool, for its own tests (apps pass their PrismaClient or
 * the `tx` of `$transaction`). The transaction runs on one pooled connection, as Prisma's does.
 */
export function createPgTransactionClient(connectionString: string): PgTransactionClient {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // A test drops its database WITH (FORCE) right after end(); pg then reports the terminated connections on the pool.
  pool.on("error", () => {});
  const on = (client: pg.Pool | pg.PoolClient) => ({
    $executeRawUnsafe: async (query: string, ...values: unknown[]) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as T[],
  });
  return {
    ...on(pool),
    async $transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn(on(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback");
        throw error;
      } finally {
        client.release();
      }
    },
    end: () => pool.end(),
  };
}
