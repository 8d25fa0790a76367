import { describe, expect, it } from "vitest";
import { packageJson, violationsIn } from "../testing/temp-repo";

const workspace = {
  "apps/main/package.json": packageJson("@apps/main"),
  "packages/ui/package.json": packageJson("@stepperslife/ui", { ".": "./src/index.ts" }),
  "tooling/testing/package.json": packageJson("@stepperslife/testing", { ".": "./src/index.ts" }),
};

describe("no-imports-from-apps", () => {
  it("allows packages and tooling to import packages and their own files", async () => {
    expect(
      await violationsIn({
        ...workspace,
        "packages/ui/src/index.ts": `export { Button } from "./button";\n`,
        "packages/ui/src/button.tsx": `export const Button = () => null;\n`,
        "tooling/testing/src/index.ts": `import { Button } from "@stepperslife/ui";\n`,
      }),
    ).toEqual([]);
  });

  it("flags @apps/* and relative paths into apps/ from packages and tooling", async () => {
    const rule = "no-imports-from-apps";
    const why = "shared packages and tooling must not depend on an app";
    expect(
      await violationsIn({
        ...workspace,
        "packages/ui/src/index.ts": `import type { User } from "@apps/main";\n`,
        "tooling/testing/src/index.ts": `\n\nexport * from "../../../apps/main/src/db";\n`,
      }),
    ).toEqual([
      { path: "packages/ui/src/index.ts", line: 1, rule, message: `imports "@apps/main" from apps/; ${why}` },
      {
        path: "tooling/testing/src/index.ts",
        line: 3,
        rule,
        message: `imports "../../../apps/main/src/db" from apps/; ${why}`,
      },
    ]);
  });
});
