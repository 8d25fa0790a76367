/** What one app may hold open on a PostgreSQL server: each pm2 worker has its own pool, and a vertical's its job worker's. */
export interface AppConnections {
  name: string;
  workers: number;
  poolSize: number;
  /** Per pm2 worker, besides its pool: a vertical's job worker (concurrency + 2); 0 for an app that runs none. */
  jobConnections: number;
  /** Where DATABASE_POOL_SIZE is set or would be, as shown to the operator, e.g. `.data/env/events.env`. */
  poolSizeFrom: string;
}

export interface ConnectionBudget {
  total: number;
  /** max_connections less the reserve: what the apps may use. */
  budget: number;
  fits: boolean;
  /** One line per app and the total, for the log and the refusal. */
  lines: string[];
  /** Why the fleet may not start and which numbers to change; null when it fits. */
  problem: string | null;
}

/** Kept for migrations, seeds, psql, `npm run status` and PostgreSQL's own superuser slots. */
export const reservedPercent = 20;

/**
 * Whether Σ workers × (pool size + job worker connections) over the apps on one server fits in its max_connections minus a 20% reserve. A
 * pool opens connections only under load, so an oversized fleet starts fine and fails later, at the busiest moment:
 * this refuses it up front instead.
 */
export function assessConnectionBudget({
  apps,
  maxConnections,
  server = "PostgreSQL",
}: {
  apps: AppConnections[];
  maxConnections: number;
  /** How the server is named in the message, e.g. `PostgreSQL at 127.0.0.1:5439`. */
  server?: string;
}): ConnectionBudget {
  const usablePercent = 100 - reservedPercent;
  // Whole numbers only: 80% of 115 is 92, never 91.99999999999999.
  const budget = Math.floor((maxConnections * usablePercent) / 100);
  const shares = apps.map((app) => ({ app, connections: app.workers * (app.poolSize + app.jobConnections) }));
  const total = shares.reduce((sum, share) => sum + share.connections, 0);
  const fits = total <= budget;
  const workers = (count: number) => `${count} worker${count === 1 ? "" : "s"}`;
  const lines = [
    ...shares.map(({ app, connections }) => {
      const each = app.jobConnections > 0 ? `(${app.poolSize} + ${app.jobConnections} jobs)` : `${app.poolSize}`;
      return `${app.name}: ${workers(app.workers)} × ${each} = ${connections}`;
    }),
    `total ${total} ${fits ? "≤" : ">"} ${usablePercent}% of max_connections ${maxConnections} = ${budget}`,
  ];
  if (fits) return { total, budget, fits, lines, problem: null };
  // Largest share first: the numbers worth changing.
  const largest = [...shares].sort((a, b) => b.connections - a.connections).slice(0, 2);
  const knobs = largest.map(({ app }) => `${app.name.toUpperCase()}_INSTANCES or DATABASE_POOL_SIZE in ${app.poolSizeFrom}`);
  const problem = [
    `${server} cannot take this fleet's connections:`,
    ...lines.map((line) => `  ${line}`),
    `Lower ${knobs.join(", or ")} (FLEET_INSTANCES sets the workers of every app), or raise max_connections.`,
  ].join("\n");
  return { total, budget, fits, lines, problem };
}
