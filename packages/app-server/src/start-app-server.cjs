// @ts-check
const { once } = require("node:events");
const { createServer } = require("node:http");
const { createAppRequestListener } = require("./create-app-request-listener.cjs");

/**
 * @typedef {object} AppServerOptions
 * @property {string} dir the app's folder (where next.config.ts and .next are)
 * @property {number} port
 * @property {string} bindAddress
 * @property {{ has(address: string): boolean }} trustedProxies
 * @property {boolean} [dev] `next dev` behaviour (hot reload) instead of the production build
 */

/**
 * One app's HTTP server: Next's own request handler (the one `next start` uses) behind createAppRequestListener.
 * Resolves once it listens; stop() lets requests in flight finish, then closes Next.
 * @param {AppServerOptions} options
 */
async function startAppServer({ dir, port, bindAddress, trustedProxies, dev = false }) {
  // Loaded here, not at the top: the unit tests of this package never need Next.
  // CommonJS `require("next")` is the factory itself; its types describe the ES module's default export.
  const next = /** @type {typeof import("next").default} */ (/** @type {unknown} */ (require("next")));
  const app = next({ dir, dev, hostname: bindAddress, port });
  await app.prepare();
  const server = createServer(createAppRequestListener({ handle: app.getRequestHandler(), trustedProxies }));
  server.listen(port, bindAddress);
  await once(server, "listening");

  /** @type {Promise<void> | undefined} */
  let stopping;
  return {
    server,
    stop() {
      stopping ??= new Promise(/** @param {(value?: void) => void} resolve */ (resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
        server.closeIdleConnections();
      }).then(() => app.close());
      return stopping;
    },
  };
}

module.exports = { startAppServer };
