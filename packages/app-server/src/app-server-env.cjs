// @ts-check
const { isIP } = require("node:net");
const { z } = require("zod");
const { DEFAULT_TRUSTED_PROXIES, parseTrustedProxies } = require("./parse-trusted-proxies.cjs");

const schema = z.object({
  // 127.0.0.1 unless an operator binds a private address a proxy on another host reaches; never every interface
  // by default, so a client cannot bypass the proxy (and its X-Forwarded-For) by calling the port directly.
  BIND_ADDRESS: z
    .string()
    .default("127.0.0.1")
    .refine((value) => isIP(value) !== 0, "an IP address of this machine, e.g. 127.0.0.1 or a private address"),
  TRUSTED_PROXIES: z.string().default(DEFAULT_TRUSTED_PROXIES),
});

/**
 * The server's own settings, checked before Next loads: a bad value stops the process naming the variable.
 * @param {Record<string, string | undefined>} [source]
 */
function readAppServerEnv(source = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join(".")}: ${issue?.message}`);
  }
  return { bindAddress: parsed.data.BIND_ADDRESS, trustedProxies: parseTrustedProxies(parsed.data.TRUSTED_PROXIES) };
}

module.exports = { readAppServerEnv };
