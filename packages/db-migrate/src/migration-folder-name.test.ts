import { describe, expect, it } from "vitest";
import { MigrationError } from "./migration-error";
import { migrationFolderName } from "./migration-folder-name";

const noon = new Date(Date.UTC(2026, 10, 22, 12, 30, 5));

describe("migrationFolderName", () => {
  it("prefixes a UTC timestamp and snake-cases the name", () => {
    expect(migrationFolderName("Add users", [], noon)).toBe("20261122123005_add_users");
    expect(migrationFolderName("addUserEmail", [], noon)).toBe("20261122123005_add_user_email");
    expect(migrationFolderName("  orders--v2! ", [], noon)).toBe("20261122123005_orders_v2");
  });

  it("always sorts after the newest existing migration", () => {
    expect(migrationFolderName("next", ["20261122123005_init"], noon)).toBe("20261122123006_next");
    expect(migrationFolderName("next", ["20261231235959_future"], noon)).toBe("20270101000000_next");
    expect(migrationFolderName("next", ["20200101000000_old"], noon)).toBe("20261122123005_next");
  });

  it("rejects a name without letters or digits", () => {
    expect(() => migrationFolderName("--", [], noon)).toThrow(MigrationError);
  });
});
