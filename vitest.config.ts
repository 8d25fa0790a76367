import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { appSourceAlias } from "./tooling/testing/src/vitest/app-source-alias";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  plugins: [appSourceAlias(repoRoot)],
  resolve: {
    // Once for every test: the guard that keeps server code out of client bundles has no client to guard here.
    alias: { "server-only": fileURLToPath(new URL("./tooling/testing/src/vitest/server-only-in-tests.ts", import.meta.url)) },
  },
  test: {
    include: ["{apps,packages,tooling}/*/{src,prisma}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**", "**/generated/**"],
    globalSetup: ["./tooling/testing/src/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
