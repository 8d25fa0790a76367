export type MigrationErrorCode =
  | "DATABASE_UNREACHABLE"
  | "MIGRATIONS_DIR_INVALID"
  | "MIGRATION_EDITED"
  | "MIGRATION_MISSING_LOCALLY"
  | "MIGRATION_FAILED_ROW"
  | "MIGRATION_FAILED"
  | "MIGRATION_NAME_INVALID"
  | "SCHEMA_NOT_FOUND"
  | "SCHEMA_ENGINE_FAILED"
  | "SCRATCH_DATABASE_FAILED"
  | "GENERATED_MIGRATION_FAILED";

/** Every failure the tool reports on purpose: `code` is stable for callers, `message` is for people. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
