import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { appSchemaPath } from "./app-schema-path";
import type { PrismaConfigInternal } from "prisma/config";

/** Lets `prisma generate` run without a database; nothing connects to it. */
const UNUSED_DATABASE_URL = "postgresql://localhost:5432/unused";

/** Prisma CLI commands that never run the schema engine yet still try to download it first. */
const COMMANDS_WITHOUT_SCHEMA_ENGINE = new Set(["generate", "validate", "format"]);
const PRISMA_COMMANDS = new Set([
  ...COMMANDS_WITHOUT_SCHEMA_ENGINE,
  "init",
  "migrate",
  "db",
  "studio",
  "debug",
  "version",
  "dev",
  "mcp",
  "platform",
]);

/**
 * An app's Prisma config, run from the app folder: the verticals get it from `db-migrate generate` (`--config`
 * pointing at ./app-folder-prisma-config.ts, with `appDir` the folder Prisma runs in, since Prisma resolves relative
 * paths from the config file), the portal from its own prisma.config.ts. For generate/validate/format it points
 * PRISMA_SCHEMA_ENGINE_BINARY at a stub, because the native engine cannot be downloaded here and those commands do
 * not need it; every other command, and anyone who set the variable, is left alone. Migrations go through
 * db-migrate (the db:* scripts).
 */
export function defineAppPrismaConfig({ appDir }: { appDir?: string } = {}): PrismaConfigInternal {
  // Prisma does not read .env files itself; match the db-migrate CLI (.env.local wins, set variables win).
  for (const file of [".env.local", ".env"]) {
    const path = appDir ? join(appDir, file) : file;
    if (existsSync(path)) process.loadEnvFile(path);
  }

  const command = process.argv.slice(2).find((arg) => PRISMA_COMMANDS.has(arg));
  if (command && COMMANDS_WITHOUT_SCHEMA_ENGINE.has(command) && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
    process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(new URL("../bin/schema-engine-stub.mjs", import.meta.url));
  }

  return defineConfig({
    schema: appSchemaPath(appDir),
    migrations: { path: appDir ? join(appDir, "prisma", "migrations") : "prisma/migrations" },
    datasource: { url: process.env.DATABASE_URL || UNUSED_DATABASE_URL },
  });
}
