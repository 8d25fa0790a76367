// @ts-check
const { findMalformedUrl } = require("./find-malformed-url.cjs");
const { normalizeAddress, resolveClientAddress } = require("./resolve-client-address.cjs");

/** @typedef {import("node:http").IncomingMessage} IncomingMessage */
/** @typedef {import("node:http").ServerResponse} ServerResponse */

// Set by a proxy in front of us; from anyone else they are claims we cannot check, so Next must not see them.
const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-port", "x-forwarded-proto", "forwarded", "x-real-ip"];

/**
 * The request listener in front of Next's handler. It refuses URLs Next would answer with a 500, and rewrites
 * X-Forwarded-For to the one client address it can vouch for (see resolveClientAddress): Next keeps a header the
 * client sent (`x-forwarded-for ??= socket address`), so without this anyone reaching the port picks their own
 * address, and with it every rate limit and log line behind `clientAddress(request)` sees the real one.
 * @param {{
 *   handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
 *   trustedProxies: { has(address: string): boolean },
 *   logError?: (message: string, error: unknown) => void,
 * }} options
 * @returns {(request: IncomingMessage, response: ServerResponse) => void}
 */
function createAppRequestListener({ handle, trustedProxies, logError = console.error }) {
  return (request, response) => {
    const refusal = findMalformedUrl(request.url ?? "/");
    if (refusal) {
      answerBadRequest(request, response, refusal);
      return;
    }
    const peer = request.socket.remoteAddress;
    const forwarded = request.headers["x-forwarded-for"];
    const client = resolveClientAddress({
      peer,
      forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      trustedProxies,
    });
    request.headers["x-forwarded-for"] = client;
    if (!trustedProxies.has(normalizeAddress(peer ?? ""))) {
      for (const name of PROXY_HEADERS) delete request.headers[name];
    }
    handle(request, response).catch((/** @type {unknown} */ error) => {
      logError(`app-server: ${request.method} ${request.url?.split("?")[0]} failed`, error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end();
    });
  };
}

/**
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 * @param {string} message
 */
function answerBadRequest(request, response, message) {
  request.resume();
  const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'" };
  // Path only: the raw target may be the very thing that cannot be decoded.
  if ((request.url ?? "").startsWith("/api/")) {
    response.writeHead(400, { ...headers, "content-type": "application/json" });
    response.end(JSON.stringify({ error: { code: "invalid_url", message } }));
    return;
  }
  response.writeHead(400, { ...headers, "content-type": "text/html; charset=utf-8" });
  response.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>This address is not valid</title>` +
      `<h1>This address is not valid</h1><p>${message} Check the link, or <a href="/">go to the home page</a>.</p></html>`,
  );
}

module.exports = { createAppRequestListener };
