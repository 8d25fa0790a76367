import { withSecurityHeaders } from "@stepperslife/web-security/server";
import { env } from "@/env";
import { auth } from "@/server/auth";

/** Before a page renders: refreshes a session whose roles changed, drops a dead session cookie, sets the nonce CSP. */
export const proxy = withSecurityHeaders((request) => auth.proxy(request), env);

// Pages only: not API routes, Next's own assets or files with an extension. A literal, because Next reads it at build.
export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]+$).*)"] };
