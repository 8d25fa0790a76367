import { describe, expect, it } from "vitest";
import { packageJson, violationsIn } from "../testing/temp-repo";

const workspace = {
  "apps/main/package.json": packageJson("@apps/main"),
  "packages/db/package.json": packageJson("@stepperslife/db", { ".": "./src/index.ts", "./server": "./src/server.ts" }),
  "packages/manifest/package.json": packageJson("@stepperslife/manifest", { ".": "./src/index.ts", "./apps.json": "./apps.json" }),
  "packages/icons/package.json": packageJson("@stepperslife/icons", { "./*": "./src/*.tsx", "./internal/*": null }),
  "tooling/tsconfig/package.json": packageJson("@stepperslife/tsconfig", { "./base.json": "./base.json" }),
  "tooling/legacy/package.json": packageJson("@stepperslife/legacy"),
};

describe("exports-only", () => {
  it("allows exact keys, wildcard keys and a package's own relative files", async () => {
    expect(
      await violationsIn({
        ...workspace,
        "apps/main/src/page.ts": [
          `import { db } from "@stepperslife/db";`,
          `import { serverDb } from "@stepperslife/db/server";`,
          `import apps from "@stepperslife/manifest/apps.json";`,
          `import { Star } from "@stepperslife/icons/star";`,
          `import { old } from "@stepperslife/legacy";`,
        ].join("\n"),
        "packages/db/src/index.ts": `export * from "./server";\nimport "../package.json";\n`,
      }),
    ).toEqual([]);
  });

  it("flags unexported subpaths, unknown packages and relative reaches into other packages", async () => {
    const file = "packages/db/src/index.ts";
    const rule = "exports-only";
    expect(
      await violationsIn({
        ...workspace,
        [file]: [
          `import { x } from "@stepperslife/db/src/client";`,
          `import { y } from "@stepperslife/icons/internal/secret";`,
          `import { z } from "@stepperslife/nope";`,
          `import { w } from "@stepperslife/legacy/src/w";`,
          `import base from "@stepperslife/tsconfig";`,
          `import apps from "../../manifest/apps.json";`,
          `import { m } from "../../manifest/src/helpers";`,
        ].join("\n"),
      }),
    ).toEqual([
      {
        path: file,
        line: 1,
        rule,
        message: `imports "@stepperslife/db/src/client", which is not in @stepperslife/db's exports (".", "./server")`,
      },
      {
        path: file,
        line: 2,
        rule,
        message: `imports "@stepperslife/icons/internal/secret", which is not in @stepperslife/icons's exports ("./*", "./internal/*")`,
      },
      { path: file, line: 3, rule, message: `imports "@stepperslife/nope", but there is no workspace package named @stepperslife/nope` },
      { path: file, line: 4, rule, message: `imports "@stepperslife/legacy/src/w", but @stepperslife/legacy has no exports map (add one)` },
      {
        path: file,
        line: 5,
        rule,
        message: `imports "@stepperslife/tsconfig", which is not in @stepperslife/tsconfig's exports ("./base.json")`,
      },
      {
        path: file,
        line: 6,
        rule,
        message: `imports "../../manifest/apps.json", which reaches into packages/manifest/; import "@stepperslife/manifest/apps.json" instead`,
      },
      {
        path: file,
        line: 7,
        rule,
        message: `imports "../../manifest/src/helpers", which reaches into packages/manifest/; import @stepperslife/manifest through its exports map`,
      },
    ]);
  });
});
