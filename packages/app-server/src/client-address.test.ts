import { describe, expect, it } from "vitest";
import { DEFAULT_TRUSTED_PROXIES, parseTrustedProxies } from "./parse-trusted-proxies.cjs";
import { resolveClientAddress } from "./resolve-client-address.cjs";

const loopback = parseTrustedProxies(DEFAULT_TRUSTED_PROXIES);
const behindLoadBalancer = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR ranges of both families", () => {
    expect(loopback.entries).toEqual(["127.0.0.1", "::1"]);
    expect(["127.0.0.1", "::1"].map((address) => loopback.has(address))).toEqual([true, true]);
    // Loopback means the proxy's own address, not every 127.x address a local client could bind to.
    expect(loopback.has("127.0.0.2")).toBe(false);
    expect(["10.1.2.3", "fd12::1", "11.0.0.1", "fe80::1"].map((address) => behindLoadBalancer.has(address))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(parseTrustedProxies("").has("127.0.0.1")).toBe(false);
  });

  it("refuses what is not an address or a range, naming it", () => {
    for (const entry of ["localhost", "10.0.0.0/33", "10.0.0.0/", "::1/129", "10.0.0.0/8/1", "1.2.3"]) {
      expect(() => parseTrustedProxies(`127.0.0.1,${entry}`), entry).toThrow(`TRUSTED_PROXIES: "${entry}"`);
    }
  });
});

describe("resolveClientAddress", () => {
  const resolve = (peer: string | undefined, forwardedFor?: string, trustedProxies = loopback) =>
    resolveClientAddress({ peer, forwardedFor, trustedProxies });

  it("takes the socket's peer when it is not a trusted proxy, whatever the header says", () => {
    expect(resolve("198.51.100.4", "203.0.113.1")).toBe("198.51.100.4");
    expect(resolve("127.0.0.2", "203.0.113.1, 127.0.0.1")).toBe("127.0.0.2");
    expect(resolve("::ffff:198.51.100.4", "203.0.113.1")).toBe("198.51.100.4");
  });

  it("through a trusted proxy takes the hop it appended, never what the client wrote further left", () => {
    expect(resolve("127.0.0.1", "203.0.113.7")).toBe("203.0.113.7");
    expect(resolve("::ffff:127.0.0.1", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(resolve("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.5", behindLoadBalancer)).toBe("203.0.113.7");
    expect(resolve("127.0.0.1", "[2001:db8::9]:4711")).toBe("2001:db8::9");
  });

  it("stops at the last real hop when an entry is not an address, and uses the proxy itself without a header", () => {
    expect(resolve("127.0.0.1", "203.0.113.7, nonsense, 10.0.0.5", behindLoadBalancer)).toBe("10.0.0.5");
    expect(resolve("127.0.0.1", undefined)).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", " , ")).toBe("127.0.0.1");
    expect(resolve(undefined, "203.0.113.7")).toBe("unknown");
  });
});
