/** Jobs one process's worker runs at once: a pm2 cluster already runs one worker per app process. */
export const defaultJobConcurrency = 1;

/**
 * The PostgreSQL connections a worker of `concurrency` may hold, on top of the app's own pool: graphile-worker's advice
 * of concurrency + 2 (one client LISTENs for new jobs, one fetches, the rest complete jobs). The worker sizes its pool
 * with this and the fleet counts it in its connection budget, so the two cannot disagree.
 */
export function jobWorkerConnections(concurrency: number = defaultJobConcurrency): number {
  return concurrency + 2;
}
