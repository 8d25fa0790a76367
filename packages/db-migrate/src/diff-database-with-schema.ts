import { dirname } from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createSchemaEngineAdapter } from "./create-schema-engine-adapter";
import { loadSchemaEngine } from "./load-schema-engine";
import { MigrationError } from "./migration-error";
import type { SchemaFile } from "./read-schema-files";

export interface SchemaDiff {
  /** True when the database does not yet match the schema. */
  differs: boolean;
  /** The SQL that takes the database to the schema, as `prisma migrate dev` would write it. */
  sql: string;
}

const DIFF_EXIT_CODE_DIFFERS = 2;

/**
 * Asks Prisma's own (wasm) schema engine for the SQL from a live database to `schemaFiles`.
 * Only `diff` is used: the engine's shadow database and applyMigrations are broken behind the pg
 * adapter, so the caller prepares the database itself.
 */
export async function diffDatabaseWithSchema({
  databaseUrl,
  schemaFiles,
}: {
  databaseUrl: string;
  schemaFiles: readonly SchemaFile[];
}): Promise<SchemaDiff> {
  const { SchemaEngine, crashed } = await loadSchemaEngine();
  const adapter = createSchemaEngineAdapter(databaseUrl);
  try {
    const engine = await Promise.race([
      SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(adapter.adapterFactory)),
      crashed,
    ]);
    try {
      const files = schemaFiles.map(({ path, content }) => ({ path, content }));
      const result = await Promise.race([
        engine.diff({
          from: { tag: "schemaDatasource", files, configDir: dirname(files[0]?.path ?? ".") },
          to: { tag: "schemaDatamodel", files },
          script: true,
          exitCode: true,
          filters: { externalTables: [], externalEnums: [] },
        }),
        crashed,
      ]);
      // In sync, the engine still prints a placeholder ("-- This is an empty migration.").
      const differs = result.exitCode === DIFF_EXIT_CODE_DIFFERS;
      return { differs, sql: differs ? (result.stdout ?? "") : "" };
    } finally {
      freeEngine(engine);
    }
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError("SCHEMA_ENGINE_FAILED", `Prisma's schema engine failed: ${engineMessage(error)}`, {
      cause: error,
    });
  } finally {
    await adapter.close().catch(() => {});
  }
}

function freeEngine(engine: { free(): void }): void {
  try {
    engine.free();
  } catch {
    // A crashed engine is still borrowed by its dead call; its instance is discarded anyway.
  }
}

/** Engine errors carry a Rust span trace after the message; people need the message only. */
function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s+0: /)[0]!.trim();
}
