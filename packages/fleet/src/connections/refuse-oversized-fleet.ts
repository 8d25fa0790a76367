import pg from "pg";
import { assessConnectionBudget } from "./assess-connection-budget";
import type { AppDatabaseUse } from "./read-app-connections";

async function showMaxConnections(url: string, server: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ max_connections: string }>("SHOW max_connections");
    return Number.parseInt(rows[0]?.max_connections ?? "", 10);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not ask ${server} for max_connections: ${reason}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** host:port of a connection URL, so apps on the same server are counted together. */
function serverOf(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || "5432"}`;
}

/**
 * Refuses to start a fleet whose apps could open more connections than a server's max_connections minus the
 * reserve, saying which numbers to change. Apps are grouped by the server their DATABASE_URL names; each server is
 * asked over `adminUrl` when it is that server (the embedded fleet's admin connection), else over an app's own URL
 * (any role may read max_connections).
 */
export async function refuseOversizedFleet({
  apps,
  adminUrl = null,
  log,
}: {
  apps: AppDatabaseUse[];
  adminUrl?: string | null;
  log: (line: string) => void;
}): Promise<void> {
  const byServer = new Map<string, AppDatabaseUse[]>();
  for (const app of apps) byServer.set(serverOf(app.databaseUrl), [...(byServer.get(serverOf(app.databaseUrl)) ?? []), app]);
  const problems: string[] = [];
  for (const [address, onServer] of byServer) {
    const server = `PostgreSQL at ${address}`;
    const askVia = adminUrl && serverOf(adminUrl) === address ? adminUrl : onServer[0]!.databaseUrl;
    const result = assessConnectionBudget({ apps: onServer, maxConnections: await showMaxConnections(askVia, server), server });
    if (result.problem) problems.push(result.problem);
    else log(`  ${server}: ${result.lines.at(-1)}`);
  }
  if (problems.length > 0) throw new Error(`Not starting the apps.\n${problems.join("\n\n")}`);
}
