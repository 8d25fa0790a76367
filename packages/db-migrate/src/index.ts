export { appSchemaPath } from "./app-schema-path";
export { checkMigrations, type CheckMigrationsOptions } from "./check-migrations";
export { createMigration, type CreateMigrationOptions } from "./create-migration";
export { deployMigrations, type DeployMigrationsOptions } from "./deploy-migrations";
export { MigrationError, type MigrationErrorCode } from "./migration-error";
export { FIRST_MIGRATION_SCRIPT, firstMigrationFiles } from "./first-migration";
