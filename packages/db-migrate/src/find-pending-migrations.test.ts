import { describe, expect, it } from "vitest";
import { findPendingMigrations } from "./find-pending-migrations";
import { migrationChecksum } from "./migration-checksum";
import { MigrationError } from "./migration-error";
import type { MigrationHistoryRow } from "./read-migration-history";
import type { LocalMigration } from "./read-migrations";

const local = (name: string, script = `-- ${name}\n`): LocalMigration => ({ name, script, checksum: migrationChecksum(script) });
const applied = (migration: LocalMigration, overrides: Partial<MigrationHistoryRow> = {}): MigrationHistoryRow => ({
  migrationName: migration.name,
  checksum: migration.checksum,
  finishedAt: new Date(),
  rolledBackAt: null,
  ...overrides,
});

const first = local("20250101000000_first");
const second = local("20250102000000_second");

function refusal(run: () => unknown): MigrationError {
  try {
    run();
  } catch (error) {
    if (error instanceof MigrationError) return error;
    throw error;
  }
  throw new Error("expected a MigrationError");
}

describe("findPendingMigrations", () => {
  it("returns the local migrations not yet applied, in the given order", () => {
    expect(findPendingMigrations([first, second], [])).toEqual([first, second]);
    expect(findPendingMigrations([first, second], [applied(first)])).toEqual([second]);
    expect(findPendingMigrations([first, second], [applied(first), applied(second)])).toEqual([]);
  });

  it("treats a rolled-back attempt as not applied", () => {
    const rolledBack = applied(second, { finishedAt: null, rolledBackAt: new Date() });
    expect(findPendingMigrations([first, second], [applied(first), rolledBack])).toEqual([second]);
  });

  it("ignores rolled-back rows of migrations that no longer exist locally", () => {
    const gone = applied(local("20250103000000_gone"), { rolledBackAt: new Date() });
    expect(findPendingMigrations([first], [applied(first), gone])).toEqual([]);
  });

  it("refuses a failed row", () => {
    const error = refusal(() => findPendingMigrations([first, second], [applied(first), applied(second, { finishedAt: null })]));
    expect(error.code).toBe("MIGRATION_FAILED_ROW");
    expect(error.message).toContain(second.name);
  });

  it("refuses an applied migration missing locally", () => {
    const error = refusal(() => findPendingMigrations([second], [applied(first), applied(second)]));
    expect(error.code).toBe("MIGRATION_MISSING_LOCALLY");
    expect(error.message).toContain(first.name);
  });

  it("refuses an edited migration but accepts a line-ending-only change", () => {
    const crlf = local(first.name, first.script.replace(/\n/g, "\r\n"));
    expect(findPendingMigrations([crlf], [applied(first)])).toEqual([]);
    expect(findPendingMigrations([first], [applied(crlf)])).toEqual([]);

    const edited = local(first.name, "-- something else\n");
    const error = refusal(() => findPendingMigrations([edited], [applied(first)]));
    expect(error.code).toBe("MIGRATION_EDITED");
    expect(error.message).toContain(first.name);
  });
});
