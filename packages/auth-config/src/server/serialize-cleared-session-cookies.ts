import type { PublicAddressing } from "@stepperslife/manifest";
import { sessionCookiePolicy } from "../session-cookie";

const EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT";

/**
 * Set-Cookie values that delete the session cookie. A browser only deletes a cookie when Domain matches exactly, so
 * the shared Domain cookie and any host-only leftover each need their own header; `scope: "host-only"` spares the
 * shared one. On https the plain-named cookie (left from an http setup) goes too; on http a `__Secure-` cookie
 * cannot be touched, so it is not attempted. Raw strings, because NextResponse.cookies keeps one cookie per name.
 */
export function serializeClearedSessionCookies(
  addressing: Pick<PublicAddressing, "rootDomain" | "protocol">,
  { scope = "all" }: { scope?: "all" | "host-only" } = {},
): string[] {
  const policy = sessionCookiePolicy(addressing);
  const baseName = policy.name.replace(/^__Secure-/, "");
  const https = addressing.protocol === "https";
  const names = https ? [`__Secure-${baseName}`, baseName] : [baseName];
  const domains = scope === "all" && policy.options.domain ? [policy.options.domain, undefined] : [undefined];

  return names.flatMap((name) =>
    domains.map((domain) =>
      [
        `${name}=`,
        "Path=/",
        "Max-Age=0",
        `Expires=${EPOCH}`,
        ...(domain ? [`Domain=${domain}`] : []),
        "HttpOnly",
        "SameSite=Lax",
        ...(https ? ["Secure"] : []),
      ].join("; "),
    ),
  );
}
