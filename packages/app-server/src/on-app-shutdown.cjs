// @ts-check
// The app's own cleanups (its job worker), run by serve-app.cjs once the HTTP server has drained. Kept on globalThis
// under a registered symbol: Next bundles the app's server code, so the kernel's copy of this module is not the one
// serve-app.cjs required, but both see the same process.
const registryKey = Symbol.for("stepperslife.app-server.shutdown-hooks");

/** @typedef {() => Promise<void>} ShutdownHook */

/** @returns {Set<ShutdownHook>} */
function registry() {
  const processWide = /** @type {{ [registryKey]?: Set<ShutdownHook> }} */ (globalThis);
  return (processWide[registryKey] ??= new Set());
}

/**
 * Runs `hook` when the app server stops (pm2 stop or reload, Ctrl-C), after requests in flight have finished.
 * @param {ShutdownHook} hook
 * @returns {() => void} removes the hook again (a cleanup that already happened, e.g. a worker stopped by a test)
 */
function onAppShutdown(hook) {
  registry().add(hook);
  return () => void registry().delete(hook);
}

/**
 * Awaits every hook, but never longer than `timeoutMs`: pm2 waits for the process to exit on every reload and
 * `npm stop`, so a hook that hangs must not hold either up. A hook that fails is logged; the others still run.
 * @param {{ timeoutMs?: number, log?: (message: string, error: unknown) => void }} [options]
 * @returns {Promise<"done" | "timed out">}
 */
async function runShutdownHooks({ timeoutMs = 500, log = (message, error) => console.error(message, error) } = {}) {
  const hooks = [...registry()];
  registry().clear();
  const all = Promise.allSettled(hooks.map((hook) => hook())).then((results) => {
    for (const result of results) if (result.status === "rejected") log("app-server: a shutdown hook failed", result.reason);
    return /** @type {const} */ ("done");
  });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(/** @type {const} */ ("timed out")), timeoutMs)));
  const outcome = /** @type {"done" | "timed out"} */ (await Promise.race([all, late]));
  clearTimeout(timer);
  if (outcome === "timed out") log(`app-server: shutdown hooks still running after ${timeoutMs} ms; exiting anyway`, null);
  return outcome;
}

module.exports = { onAppShutdown, runShutdownHooks };
