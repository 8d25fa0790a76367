import { describe, expect, it } from "vitest";
import { MigrationError } from "./migration-error";
import { withScratchDatabase } from "./scratch-database";
import { databaseExists, postgresAdminUrl, publicTables, queryRows } from "./test-helpers";

const databaseName = (url: string) => new URL(url).pathname.slice(1);

describe("withScratchDatabase", () => {
  it("gives the callback an empty database and drops it afterwards", async () => {
    let used = "";
    const tables = await withScratchDatabase({
      adminUrl: postgresAdminUrl(),
      run: async (scratchUrl) => {
        used = databaseName(scratchUrl);
        expect(await databaseExists(used)).toBe(true);
        await queryRows(scratchUrl, "CREATE TABLE kept_open (id int)");
        return publicTables(scratchUrl);
      },
    });
    expect(tables).toEqual(["kept_open"]);
    expect(await databaseExists(used)).toBe(false);
  });

  it("drops the database when the callback fails, and rethrows its error", async () => {
    let used = "";
    const failure = new Error("callback failed");
    await expect(
      withScratchDatabase({
        adminUrl: postgresAdminUrl(),
        run: async (scratchUrl) => {
          used = databaseName(scratchUrl);
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(used).toMatch(/^db_migrate_scratch_[0-9a-f]{12}$/);
    expect(await databaseExists(used)).toBe(false);
  });

  it("explains that a role with CREATEDB is needed", async () => {
    const roleName = `no_createdb_${Date.now()}`;
    await queryRows(postgresAdminUrl(), `CREATE ROLE "${roleName}" LOGIN PASSWORD 'pw-not-printed'`);
    try {
      const url = new URL(postgresAdminUrl());
      url.username = roleName;
      url.password = "pw-not-printed";
      const error = await withScratchDatabase({ adminUrl: url.toString(), run: async () => 1 }).catch(
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).code).toBe("SCRATCH_DATABASE_FAILED");
      expect((error as MigrationError).message).toContain("CREATEDB");
      expect((error as MigrationError).message).not.toContain("pw-not-printed");
    } finally {
      await queryRows(postgresAdminUrl(), `DROP ROLE IF EXISTS "${roleName}"`);
    }
  });
});
