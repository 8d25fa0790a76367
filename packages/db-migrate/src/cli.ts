import { join, relative } from "node:path";
import { appSchemaPath } from "./app-schema-path";
import { checkMigrations } from "./check-migrations";
import { CliEnvError, readCliEnv, type CliCommand } from "./cli-env";
import { createMigration } from "./create-migration";
import { deployMigrations } from "./deploy-migrations";
import { generateClient } from "./generate-client";
import { maskDatabaseUrl } from "./mask-database-url";
import { MigrationError } from "./migration-error";

const USAGE = `Usage, from an app folder (uses ./prisma/schema/ or ./prisma/schema.prisma, and ./prisma/migrations):
  db-migrate deploy        apply pending migrations to DATABASE_URL
  db-migrate new <name>    write a migration for what the schema adds (needs MIGRATE_ADMIN_URL or DATABASE_URL with CREATEDB)
  db-migrate check         fail and print the missing SQL when the migrations and the schema differ
  db-migrate generate      prisma generate on that schema (the app's client), offline and with no prisma.config.ts`;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** Runs one CLI command and returns the process exit code: 0 done, 1 failed or drift, 2 usage/env. */
export async function runCli(args: readonly string[], cwd: string): Promise<number> {
  const [command, ...rest] = args;
  if (command === "help" || command === "--help" || command === "-h") {
    console.log(USAGE);
    return EXIT_OK;
  }
  if (!(isCommand(command) || command === "generate") || (command === "new") !== (rest.length > 0)) {
    console.error(command === undefined ? USAGE : `Unknown arguments: ${args.join(" ")}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  // Needs no database: Prisma reads only the schema.
  if (command === "generate") return generateClient({ cwd });

  const schemaPath = appSchemaPath(cwd);
  const migrationsDir = join(cwd, "prisma", "migrations");
  const log = (message: string) => console.log(message);

  try {
    if (command === "deploy") {
      const { databaseUrl } = readCliEnv(command, cwd);
      log(`Deploying migrations to ${maskDatabaseUrl(databaseUrl)}`);
      const { applied } = await deployMigrations({ databaseUrl, migrationsDir, log });
      log(applied.length === 0 ? "Database is up to date." : `Applied ${applied.length} migration(s).`);
      return EXIT_OK;
    }

    const { adminUrl } = readCliEnv(command, cwd);
    if (command === "new") {
      // `db-migrate new add user email` works as well as a quoted name.
      const name = rest.join(" ");
      const { created } = await createMigration({ adminUrl, schemaPath, migrationsDir, name, log });
      log(
        created === null
          ? "No changes: the migrations already match the schema; nothing written."
          : `Created ${relative(cwd, join(created, "migration.sql"))}; review it, then run db-migrate deploy.`,
      );
      return EXIT_OK;
    }

    const { inSync, sql } = await checkMigrations({ adminUrl, schemaPath, migrationsDir });
    if (inSync) {
      log(`Migrations match ${relative(cwd, schemaPath)}.`);
      return EXIT_OK;
    }
    console.error(
      `Drift: ${relative(cwd, schemaPath)} has changes no migration contains. Missing SQL:\n\n${sql.trim()}\n\n` +
        `Write it as a migration with: db-migrate new <name>`,
    );
    return EXIT_FAILED;
  } catch (error) {
    if (error instanceof CliEnvError) {
      console.error(`db-migrate ${command}: ${error.message}`);
      return EXIT_USAGE;
    }
    // Only messages, never error objects: those can carry the connection string (e.g. `input`).
    if (error instanceof MigrationError) {
      console.error(`db-migrate ${command} failed [${error.code}]: ${maskPasswordsIn(error.message)}`);
      return EXIT_FAILED;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`db-migrate ${command} failed unexpectedly: ${maskPasswordsIn(message)}`);
    return EXIT_FAILED;
  }
}

/** Belt and braces: whatever a driver put in a message, a URL's password does not reach the terminal. */
function maskPasswordsIn(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^:/?#@\s]+:)[^@\s]+@/g, "$1***@");
}

function isCommand(value: string | undefined): value is CliCommand {
  return value === "deploy" || value === "new" || value === "check";
}
