import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { diffDatabaseWithSchema } from "./diff-database-with-schema";
import { loadSchemaEngine } from "./load-schema-engine";
import { MigrationError } from "./migration-error";
import { withScratchDatabase } from "./scratch-database";
import { postgresAdminUrl, queryRows } from "./test-helpers";

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Ticket {
  id    Int @id
  price Int
}
`;
const schemaFiles = [{ path: "schema.prisma", content: SCHEMA }];

/** What the engine sees with a plain "char"-to-text mapping: it then panics reading pg_constraint.contype. */
class CharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const callbackIndex = args.findIndex((arg) => typeof arg === "function");
      const callback = args[callbackIndex] as (error: Error | null, result: pg.QueryResult | undefined) => void;
      args[callbackIndex] = (error: Error | null, result: pg.QueryResult | undefined) => {
        for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
        callback(error, result);
      };
      return query(...args);
    }) as typeof this.query;
  }
}

describe("the wasm schema engine", () => {
  it("reads CHECK constraints (\"char\" catalog columns) and sees a matching database as in sync", async () => {
    await withScratchDatabase({
      adminUrl: postgresAdminUrl(),
      run: async (scratchUrl) => {
        await queryRows(
          scratchUrl,
          `CREATE TABLE "Ticket" ("id" INTEGER NOT NULL, "price" INTEGER NOT NULL CHECK ("price" >= 0),
             CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id"))`,
        );
        expect(await diffDatabaseWithSchema({ databaseUrl: scratchUrl, schemaFiles })).toEqual({ differs: false, sql: "" });
      },
    });
  });

  it("turns a panic into a rejected `crashed` promise, and the next load is a working instance", async () => {
    await withScratchDatabase({
      adminUrl: postgresAdminUrl(),
      run: async (scratchUrl) => {
        await queryRows(scratchUrl, `CREATE TABLE "Ticket" ("id" INTEGER PRIMARY KEY CHECK ("id" > 0))`);
        const panicking = await loadSchemaEngine();
        const pool = new pg.Pool({ connectionString: scratchUrl, Client: CharAsTextClient });
        try {
          const engine = await panicking.SchemaEngine.new(
            { datamodels: undefined },
            () => {},
            bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)),
          );
          const diff = engine.diff({
            from: { tag: "schemaDatasource", files: schemaFiles, configDir: "." },
            to: { tag: "schemaDatamodel", files: schemaFiles },
            script: true,
            exitCode: true,
            filters: { externalTables: [], externalEnums: [] },
          });
          const error = await Promise.race([diff, panicking.crashed]).catch((rejection: unknown) => rejection);
          expect(error).toBeInstanceOf(MigrationError);
          expect((error as MigrationError).code).toBe("SCHEMA_ENGINE_FAILED");
          expect((error as MigrationError).message).toContain("panicked");
        } finally {
          await pool.end();
        }

        const fresh = await loadSchemaEngine();
        expect(fresh).not.toBe(panicking);
        const result = await diffDatabaseWithSchema({ databaseUrl: scratchUrl, schemaFiles });
        expect(result.differs).toBe(true);
        expect(result.sql).toContain(`ADD COLUMN     "price" INTEGER NOT NULL`);
      },
    });
  });
});
