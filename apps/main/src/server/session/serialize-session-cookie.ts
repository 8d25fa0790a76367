import type { SessionCookiePolicy } from "@stepperslife/auth-config";

/**
 * The Set-Cookie header that stores a session token in the fleet's cookie. A raw header (not NextResponse.cookies)
 * because the same response may also clear host-only copies of the same name, which Next's helpers would merge.
 */
export function serializeSessionCookie({
  policy,
  value,
  maxAgeSeconds,
}: {
  policy: SessionCookiePolicy;
  value: string;
  maxAgeSeconds: number;
}): string {
  const expires = new Date(Date.now() + maxAgeSeconds * 1000).toUTCString();
  const parts = [`${policy.name}=${value}`, "Path=/", `Max-Age=${maxAgeSeconds}`, `Expires=${expires}`, "HttpOnly", "SameSite=Lax"];
  if (policy.options.domain) parts.push(`Domain=${policy.options.domain}`);
  if (policy.options.secure) parts.push("Secure");
  return parts.join("; ");
}
