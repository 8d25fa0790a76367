import { describe, expect, it } from "vitest";
import { packageJson, violationsIn } from "../testing/temp-repo";

const apps = {
  "apps/main/package.json": packageJson("@apps/main"),
  "apps/events/package.json": packageJson("@apps/events"),
  "packages/env/package.json": packageJson("@stepperslife/env", { ".": "./src/index.ts" }),
};

describe("no-cross-app-imports", () => {
  it("allows an app's own files and shared packages", async () => {
    expect(
      await violationsIn({
        ...apps,
        "apps/main/src/app/page.tsx": `import { env } from "@stepperslife/env";\nimport { x } from "../lib/x";\n`,
        "apps/main/src/lib/x.ts": `export const x = 1;\n`,
      }),
    ).toEqual([]);
  });

  it("flags @apps/* and relative paths that leave the app", async () => {
    expect(
      await violationsIn({
        ...apps,
        "apps/main/src/page.ts": [
          `import { list } from "@apps/events/src/list";`,
          `import type { Event } from "../../events/src/types";`,
          `const cfg = await import("../../../scripts/config.mjs");`,
        ].join("\n"),
      }),
    ).toEqual([
      {
        path: "apps/main/src/page.ts",
        line: 1,
        rule: "no-cross-app-imports",
        message: `imports "@apps/events/src/list" (another app); cross-app data goes over HTTP only`,
      },
      {
        path: "apps/main/src/page.ts",
        line: 2,
        rule: "no-cross-app-imports",
        message: `imports "../../events/src/types", which reaches into apps/events/; cross-app data goes over HTTP only`,
      },
      {
        path: "apps/main/src/page.ts",
        line: 3,
        rule: "no-cross-app-imports",
        message: `imports "../../../scripts/config.mjs", which resolves outside apps/main/ (to scripts/config.mjs); use a @stepperslife package instead`,
      },
    ]);
  });
});
