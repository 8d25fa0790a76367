// Before a page renders: refreshes a session whose roles changed, drops a dead session cookie, sets the nonce CSP.
export { proxy } from "@/vertical";

// Pages only: not API routes, Next's own assets or files with an extension. A literal here, because Next reads it
// at build and cannot follow a re-export.
export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]+$).*)"] };
