/**
 * Holds a pm2-managed process open until pm2 stops it, then shuts the service down cleanly
 * (pm2 sends SIGINT and waits kill_timeout before SIGKILL).
 */
export function keepRunning(name: string, stop: () => Promise<void>) {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${name}: ${signal} received, stopping`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${name}: unclean stop`, error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

export function failStart(name: string, error: unknown): never {
  console.error(`${name}: could not start`, error);
  process.exit(1);
}
