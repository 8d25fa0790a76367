/**
 * The two files Next only finds at fixed paths in an app (src/instrumentation.ts, src/proxy.ts). Every vertical's
 * are the same, so they are written from here by `fleet prepare <app>` before each build, typecheck and `next dev`,
 * and git ignores them (as it does next-env.d.ts): the kernel is the one place they point at.
 */
export const verticalEntryFiles: ReadonlyArray<{ path: string; content: string }> = [
  {
    path: "src/instrumentation.ts",
    content: [
      "// Written by `fleet prepare` (packages/fleet/src/prepare/vertical-entry-files.ts); edit it there.",
      "/** Runs once at server start: a missing or malformed variable stops the app, naming it; the job worker starts. */",
      "export async function register() {",
      "  // NEXT_RUNTIME is inlined at build: the edge build (which Next makes even for a Node-only app) drops the kernel.",
      `  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./vertical")).vertical.register();`,
      "}",
    ],
  },
  {
    path: "src/proxy.ts",
    content: [
      "// Written by `fleet prepare` (packages/fleet/src/prepare/vertical-entry-files.ts); edit it there.",
      "// Before a page renders: refreshes a session whose roles changed, drops a dead session cookie, sets the nonce CSP.",
      `import { vertical } from "./vertical";`,
      "",
      "export const proxy = vertical.proxy;",
      "",
      "// Pages only: not API routes, Next's own assets or files with an extension. A literal here, because Next reads it",
      "// at build and cannot follow a re-export.",
      `export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\\\.[^/]+$).*)"] };`,
    ],
  },
].map(({ path, content }) => ({ path, content: `${content.join("\n")}\n` }));
