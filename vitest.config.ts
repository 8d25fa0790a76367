import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{apps,packages,tooling}/*/{src,prisma}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**", "**/generated/**"],
    globalSetup: ["./tooling/testing/src/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
