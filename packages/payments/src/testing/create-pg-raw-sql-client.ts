import pg from "pg";
import type { RawSqlClient } from "../create-webhook-event-store";

const timestampWithoutTimeZone = 1114;

type Queryable = Pick<pg.Pool, "query">;

function rawSql(target: Queryable): RawSqlClient {
  return {
    $queryRaw<T>(strings: TemplateStringsArray, ...values: unknown[]): PromiseLike<T> {
      const text = strings.reduce((sql, part, index) => `${sql}$${index}${part}`);
      return target.query(text, values).then((result) => result.rows as T);
    },
  };
}

/**
 * A RawSqlClient on a plain pg pool, for tests of this package (the apps pass their PrismaClient). It binds
 * template values as parameters exactly as Prisma's $queryRaw does, and reads `timestamp` columns as UTC as Prisma does.
 * `$transaction(fn)` is Prisma's interactive transaction: fn's client runs on one connection, committed when fn
 * resolves and rolled back when it throws.
 */
export function createPgRawSqlClient(
  connectionString: string,
  max = 20,
): RawSqlClient & { $transaction<R>(fn: (tx: RawSqlClient) => Promise<R>): Promise<R>; end(): Promise<void> } {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === timestampWithoutTimeZone ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A test drops its database WITH (FORCE) right after end(); the server then terminates connections pg is still
  // closing, and pg reports that on the pool. Expected there, so it must not become an uncaught exception.
  pool.on("error", () => {});
  return {
    ...rawSql(pool),
    async $transaction(fn) {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await fn(rawSql(connection));
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    end: () => pool.end(),
  };
}
