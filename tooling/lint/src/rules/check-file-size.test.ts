import { describe, expect, it } from "vitest";
import { lintTempRepo } from "../testing/temp-repo";

const linesOf = (count: number) => "export const x = 1;\n".repeat(count);

describe("file-size", () => {
  it("passes files up to 300 lines silently and notes files up to 400 lines without failing", async () => {
    const report = await lintTempRepo({
      "packages/ui/src/small.ts": linesOf(300),
      "packages/ui/src/long.ts": linesOf(400),
    });
    expect(report.violations).toEqual([]);
    expect(report.notes).toEqual([
      {
        path: "packages/ui/src/long.ts",
        line: 1,
        rule: "file-size",
        message: "400 lines (over 300); consider splitting before it reaches 400",
      },
    ]);
  });

  it("fails files over 400 lines, but not generated ones", async () => {
    const report = await lintTempRepo({
      "apps/main/src/huge.tsx": linesOf(401),
      "apps/main/src/generated/prisma/client.ts": linesOf(5000),
    });
    expect(report.violations).toEqual([
      {
        path: "apps/main/src/huge.tsx",
        line: 1,
        rule: "file-size",
        message: "401 lines (limit 400); split it into smaller modules",
      },
    ]);
    expect(report.notes).toEqual([]);
  });
});
