import type { GeneratedFile, VerticalSpec } from "./vertical-spec";

const kit = (path: string, lines: string[]): GeneratedFile => ({ path, content: `${lines.join("\n")}\n`, kind: "kit" });

/** A route file: the kernel's standard route in one line, under the house's first-line comment. */
function standardRoute([path, route, comment]: readonly [string, string, string]): GeneratedFile {
  const method = comment.startsWith("GET") ? "GET" : "POST";
  return kit(`src/app/${path}/route.ts`, [
    `// ${comment}`,
    `import { vertical } from "@/vertical";`,
    "",
    // A GET handler Next could prerender at build, when no env or database exists: always per request instead.
    ...(method === "GET" ? [`export const dynamic = "force-dynamic";`, ""] : []),
    `export const { ${method} } = vertical.routes.${route};`,
  ]);
}

/** The files every generated vertical has alike: its wiring, as one-line re-exports where Next allows it. */
export function kitFiles({ name }: VerticalSpec): GeneratedFile[] {
  return [
    kit("tsconfig.json", [
      `{ "extends": "@stepperslife/tsconfig/nextjs-app.json", "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }`,
    ]),
    kit("next.config.ts", [`import { createNextConfig } from "@stepperslife/next-config";`, "", "export default createNextConfig();"]),
    kit("prisma.config.ts", [`export { default } from "@stepperslife/db-migrate/app-prisma-config";`]),
    kit("src/instrumentation.ts", [
      "/** Runs once at server start: a missing or malformed variable stops the app, naming it; the job worker starts. */",
      "export async function register() {",
      "  // NEXT_RUNTIME is set by Next and inlined at build: the edge build drops this branch and with it the whole kernel.",
      `  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./vertical")).vertical.register();`,
      "}",
    ]),
    kit("src/proxy.ts", [
      "// Before a page renders: refreshes a session whose roles changed, drops a dead session cookie, sets the nonce CSP.",
      `export { proxy } from "@/vertical";`,
      "",
      "// Pages only: not API routes, Next's own assets or files with an extension. A literal here, because Next reads it",
      "// at build and cannot follow a re-export.",
      `export const config = { matcher: ["/((?!api(?:/|$)|_next/|.*\\\\.[^/]+$).*)"] };`,
    ]),
    kit("src/app/layout.tsx", [
      `import { createRootLayout, fleetMetadata } from "@stepperslife/ui";`,
      `import { addressing, auth, service } from "@/vertical";`,
      "",
      "export const metadata = fleetMetadata(service);",
      "",
      "export default createRootLayout({ app: service, addressing, getSession: () => auth.getSession() });",
    ]),
    kit("src/app/forbidden.tsx", [
      `import { createForbiddenPage } from "@stepperslife/ui";`,
      `import { addressing, auth } from "@/vertical";`,
      "",
      "export default createForbiddenPage({ addressing, getSession: () => auth.getSession() });",
    ]),
    kit("src/app/not-found.tsx", [`export { NotFound as default } from "@stepperslife/ui";`]),
    ...contractRoutes.map(standardRoute),
    contractTest(name),
  ];
}

/** The standard routes a vertical starts with: its folder under src/app, the kernel's route, the first-line comment. */
const contractRoutes = [
  ["api/health", "health", "GET /api/health — database and storage checks for operators"],
  ["api/feed", "feed", "GET /api/feed — this app's cards for the portal's home page (contract: @stepperslife/contracts)"],
  ["api/search", "search", "GET /api/search — this app's matches for the portal's search, ?q=&limit="],
  ["api/me/activity", "activity", "GET /api/me/activity — the signed-in person's activity in this app, 401 signed out"],
  ["auth/sign-out", "signOut", "POST /auth/sign-out — clear the shared session cookie and go back"],
] as const;

function contractTest(name: string): GeneratedFile {
  return kit("src/app/api/contract.integration.test.ts", [
    "// The routes this vertical was generated with answer as operators and the portal expect.",
    `import { describeVerticalContract } from "@stepperslife/testing/vertical-contract";`,
    `import { createVerticalTestDatabase } from "@stepperslife/vertical/testing";`,
    `import { PrismaClient } from "@/generated/prisma/client";`,
    "",
    `const migrations = new URL("../../../prisma/migrations", import.meta.url);`,
    "",
    "describeVerticalContract({",
    `  app: "${name}",`,
    `  createDatabase: () => createVerticalTestDatabase({ name: "${name}", PrismaClient, migrations }),`,
    `  apiDir: new URL(".", import.meta.url),`,
    "});",
  ]);
}
