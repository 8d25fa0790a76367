import { z } from "zod";

const ipAddress = z.union([z.ipv4(), z.ipv6()]);

/**
 * The client's address as the nearest trusted proxy saw it. Each proxy appends the address it received the request
 * from to X-Forwarded-For, and Next.js sets it from the socket when no proxy did, so only the last
 * `trustedProxyHops` entries can be believed: anything further left was written by the client and may be forged.
 * Falls back to X-Real-IP; null when neither holds an IP address.
 */
export function clientIpAddress(headers: Headers, trustedProxyHops: number): string | null {
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  const candidate = hops.length > 0 ? hops[Math.max(0, hops.length - trustedProxyHops)] : headers.get("x-real-ip")?.trim();
  if (!candidate) return null;
  const parsed = ipAddress.safeParse(candidate);
  return parsed.success ? parsed.data.toLowerCase() : null;
}
