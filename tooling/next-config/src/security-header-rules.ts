import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./security-headers";

type HeaderRules = Awaited<ReturnType<NonNullable<NextConfig["headers"]>>>;

/**
 * The security headers fixed at build, on every answer: pages, API routes, Next's static files. A page's
 * Content-Security-Policy carries a per-request nonce, so the proxy sets it (@stepperslife/web-security, with HSTS,
 * which depends on the runtime PUBLIC_PROTOCOL); API routes, which the proxy does not see, get a policy that loads nothing.
 */
export function securityHeaderRules(): HeaderRules {
  return [
    { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
  ];
}
