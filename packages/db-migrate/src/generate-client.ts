import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const PRISMA_CLI = createRequire(import.meta.url).resolve("prisma/build/index.js");
const APP_FOLDER_CONFIG = fileURLToPath(new URL("./app-folder-prisma-config.ts", import.meta.url));

/**
 * `prisma generate` for the app in `cwd` (its prisma/schema/ or prisma/schema.prisma, the client where its generator
 * says), on db-migrate's shared config: no prisma.config.ts in the app. Prisma's output goes to this process's
 * terminal; answers its exit code.
 */
export function generateClient({ cwd }: { cwd: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, "generate", "--config", APP_FOLDER_CONFIG], { cwd, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
