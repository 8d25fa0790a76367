import { migrationFolderName } from "./migration-folder-name";
import { MIGRATION_FILE } from "./read-migrations";
import { LOCK_FILE, LOCK_FILE_CONTENT } from "./write-migration-folder";

/** The statement-free script of a new app's first migration. */
export const FIRST_MIGRATION_SCRIPT = `-- This app's first migration: no tables yet. Its models arrive with \`npm run db:new\` once schema.prisma has them.
`;

/**
 * A new app's first migration, as files relative to its prisma/migrations folder: Prisma's lock file and an `init`
 * folder with no statements. Written before any model exists so that deploy records a history from the first start
 * and the app's next migration (`db:new`) is an ordinary one; nothing here needs a database.
 */
export function firstMigrationFiles(now = new Date()): { path: string; content: string }[] {
  return [
    { path: LOCK_FILE, content: LOCK_FILE_CONTENT },
    { path: `${migrationFolderName("init", [], now)}/${MIGRATION_FILE}`, content: FIRST_MIGRATION_SCRIPT },
  ];
}
