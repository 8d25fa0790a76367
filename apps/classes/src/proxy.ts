import type { NextRequest } from "next/server";
import { auth } from "@/server/auth";

/** Before a page renders: refreshes a session whose roles changed, and drops a dead session cookie. */
export function proxy(request: NextRequest) {
  return auth.proxy(request);
}

// Pages only: not API routes, Next's own assets or files with an extension. A literal, because Next reads it at build.
export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]+$).*)"] };
