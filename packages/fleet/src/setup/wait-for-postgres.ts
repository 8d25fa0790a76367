import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/**
 * Waits until PostgreSQL answers a query, not merely accepts connections: right after a start or a crash recovery
 * it accepts them and then refuses with "the database system is starting up" (57P03) for a while.
 */
export async function waitForPostgres({ url, timeoutMs }: { url: string; timeoutMs: number }): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      lastError = error;
      await sleep(250);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`PostgreSQL did not answer queries within ${Math.round(timeoutMs / 1000)} s (last error: ${reason})`);
}
