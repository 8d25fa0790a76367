import { describe, expect, it } from "vitest";
import { checkDatabase } from "./check-database";

describe("checkDatabase", () => {
  it("sends SELECT 1 and resolves when the database answers", async () => {
    const seen: string[] = [];
    await checkDatabase({ $queryRaw: async (query) => void seen.push(query.join("?")) });
    expect(seen).toEqual(["SELECT 1"]);
  });

  it("rejects when the query fails", async () => {
    await expect(
      checkDatabase({ $queryRaw: async () => Promise.reject(new Error("connection refused")) }),
    ).rejects.toThrow("connection refused");
  });
});
