import { describe, expect, it } from "vitest";
import { maskDatabaseUrl } from "./mask-database-url";

describe("maskDatabaseUrl", () => {
  it("hides the password and keeps the rest", () => {
    expect(maskDatabaseUrl("postgresql://app:p%40ss@db:5432/main?sslmode=require")).toBe(
      "postgresql://app:***@db:5432/main?sslmode=require",
    );
    expect(maskDatabaseUrl("postgres://app@db/main")).toBe("postgres://app@db/main");
  });

  it("never echoes something it cannot parse", () => {
    expect(maskDatabaseUrl("not a url with secret")).not.toContain("secret");
  });
});
