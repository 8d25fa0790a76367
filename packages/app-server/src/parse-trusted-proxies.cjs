// @ts-check
const { BlockList, isIP } = require("node:net");

/** Loopback only: a reverse proxy on the same machine, the way `npm start` and a one-host production run. */
const DEFAULT_TRUSTED_PROXIES = "127.0.0.1,::1";

/**
 * The addresses whose X-Forwarded-For this server believes: a comma-separated list of IPs and CIDR ranges
 * (`127.0.0.1,::1,10.0.0.0/8`). Anything unreadable throws, naming the entry, so a typo stops the app at start
 * instead of silently trusting nobody (or everybody).
 * @param {string} list
 * @returns {{ has(address: string): boolean, entries: string[] }}
 */
function parseTrustedProxies(list) {
  const blockList = new BlockList();
  const entries = list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, ...extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > maxBits || prefix === "") {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`);
    }
    blockList.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return {
    entries,
    has(address) {
      const family = isIP(address);
      return family !== 0 && blockList.check(address, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

module.exports = { DEFAULT_TRUSTED_PROXIES, parseTrustedProxies };
