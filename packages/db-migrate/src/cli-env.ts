import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "expected a postgres:// or postgresql:// connection URL")
  .optional();

const cliEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  MIGRATE_ADMIN_URL: postgresUrl,
});

export type CliCommand = "deploy" | "new" | "check";

export interface DeployEnv {
  /** The app's database. */
  databaseUrl: string;
}

export interface ScratchEnv {
  /** A role with CREATEDB on the app's server: MIGRATE_ADMIN_URL, else DATABASE_URL. */
  adminUrl: string;
}

/** A variable the command needs is missing or malformed; `problems` name the variables, never their values. */
export class CliEnvError extends Error {
  override readonly name = "CliEnvError";
  readonly code = "ENV_INVALID";

  constructor(readonly problems: string[]) {
    super(`Environment not usable:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  }
}

/**
 * The only place the CLI reads process.env. Loads `.env.local` then `.env` from the app folder
 * first; process.loadEnvFile never overrides a variable that is already set, so the shell wins,
 * then .env.local, then .env.
 */
export function readCliEnv(command: "deploy", cwd: string): DeployEnv;
export function readCliEnv(command: "new" | "check", cwd: string): ScratchEnv;
export function readCliEnv(command: CliCommand, cwd: string): DeployEnv | ScratchEnv {
  for (const file of [".env.local", ".env"]) {
    const path = join(cwd, file);
    if (existsSync(path)) process.loadEnvFile(path);
  }

  const withoutEmpty = Object.fromEntries(
    (["DATABASE_URL", "MIGRATE_ADMIN_URL"] as const).map((name) => [name, process.env[name] || undefined]),
  );
  const parsed = cliEnvSchema.safeParse(withoutEmpty);
  if (!parsed.success) {
    throw new CliEnvError(parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`));
  }

  const { DATABASE_URL, MIGRATE_ADMIN_URL } = parsed.data;
  if (command === "deploy") {
    if (!DATABASE_URL) {
      throw new CliEnvError(["DATABASE_URL: missing; expected the postgres:// URL of this app's database"]);
    }
    return { databaseUrl: DATABASE_URL };
  }
  const adminUrl = MIGRATE_ADMIN_URL ?? DATABASE_URL;
  if (!adminUrl) {
    throw new CliEnvError([
      "MIGRATE_ADMIN_URL (or DATABASE_URL): missing; expected a postgres:// URL of a role with CREATEDB on the app's server",
    ]);
  }
  return { adminUrl };
}
