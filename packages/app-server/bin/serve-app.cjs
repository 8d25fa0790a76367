#!/usr/bin/env node
// @ts-check
// pm2's entry point for every app (and `npm run dev -- <app>` with --dev), run in the app's folder:
//   node packages/app-server/bin/serve-app.cjs --port <its port in the manifest> [--dev]
const { parseArgs } = require("node:util");
const { readAppServerEnv } = require("../src/app-server-env.cjs");
const { runShutdownHooks } = require("../src/on-app-shutdown.cjs");
const { startAppServer } = require("../src/start-app-server.cjs");

async function main() {
  const { values } = parseArgs({ options: { port: { type: "string" }, dev: { type: "boolean", default: false } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`--port must be a TCP port (got "${values.port}")`);
  const { bindAddress, trustedProxies } = readAppServerEnv();
  const handle = await startAppServer({ dir: process.cwd(), port, bindAddress, trustedProxies, dev: values.dev });
  console.log(`Ready on http://${bindAddress.includes(":") ? `[${bindAddress}]` : bindAddress}:${port} (trusted proxies: ${trustedProxies.entries.join(", ") || "none"})`);

  // pm2 sends SIGINT on stop and reload (after the new worker listens): finish what is in flight, stop the app's own
  // background work (its job worker, at most half a second), then exit.
  let signalled = false;
  const shutDown = (/** @type {NodeJS.Signals} */ signal) => {
    if (signalled) return;
    signalled = true;
    handle.stop().then(() => runShutdownHooks()).then(
      () => process.exit(signal === "SIGINT" ? 130 : 143),
      (error) => {
        console.error("app-server: stopping failed", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutDown);
  process.on("SIGTERM", shutDown);
}

main().catch((error) => {
  console.error(`app-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
