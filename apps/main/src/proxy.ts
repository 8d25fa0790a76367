import type { NextRequest } from "next/server";
import { auth } from "./server/auth";

/** Refreshes stale session tokens (via the portal's /api/session/refresh) and drops revoked ones, on page requests. */
export function proxy(request: NextRequest) {
  return auth.proxy(request);
}

// Pages only: not API routes, Next's own assets or files with an extension. A literal, because Next reads it at build.
export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]+$).*)"] };
