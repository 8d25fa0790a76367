import { vertical } from "@/vertical";

/** Before a page renders: refreshes a session whose roles changed, drops a dead session cookie, sets the nonce CSP. */
export const proxy = vertical.proxy;

// Pages only: not API routes, Next's own assets or files with an extension. A literal, because Next reads it at build.
export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]+$).*)"] };
