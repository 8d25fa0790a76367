// @ts-check
const { isIP } = require("node:net");

/**
 * "::ffff:203.0.113.7" (an IPv4 client seen on a dual-stack socket) is 203.0.113.7; an IPv6 address in brackets or
 * an IPv4 address with a port (as some proxies write them) is the bare address.
 * @param {string} address
 */
function normalizeAddress(address) {
  let value = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (withPort?.[1]) value = withPort[1];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  return mapped?.[1] ?? value.toLowerCase();
}

/**
 * Who sent a request. The socket's peer is the truth unless it is one of our trusted proxies. Then X-Forwarded-For
 * is read from the right, where each proxy appended the address it got the request from, down to the first hop
 * that is not a trusted proxy. Whatever a client wrote into the header itself sits further left, so it only counts
 * when every hop after it is trusted, and an entry that is not an address stops the walk at the last real one.
 * @param {{ peer: string | undefined, forwardedFor: string | undefined, trustedProxies: { has(address: string): boolean } }} request
 * @returns {string} an IP address, or "unknown" when the socket has already gone
 */
function resolveClientAddress({ peer, forwardedFor, trustedProxies }) {
  let client = normalizeAddress(peer ?? "");
  if (isIP(client) === 0) return "unknown";
  if (!trustedProxies.has(client)) return client;
  const hops = (forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] ?? "";
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trustedProxies.has(hop)) break;
  }
  return client;
}

module.exports = { normalizeAddress, resolveClientAddress };
