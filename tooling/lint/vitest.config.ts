import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The lint tests only build throwaway mini-repos in os.tmpdir(), so unlike the
// root config this one has no globalSetup (no database to start).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["src/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
  },
});
