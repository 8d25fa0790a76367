import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { isLintedPath, listSourceFiles } from "./list-files";
import { withTempRepo } from "./testing/temp-repo";

const runFile = promisify(execFile);

const tree = {
  "ecosystem.config.js": "",
  "vitest.config.ts": "", // root files other than ecosystem.config.js are not scanned
  "apps/main/next-env.d.ts": "",
  "apps/main/src/app/page.tsx": "",
  "apps/main/src/generated/prisma/client.ts": "",
  "apps/main/.next/server/chunk.js": "",
  "apps/main/README.md": "",
  "packages/env/src/index.ts": "",
  "packages/env/node_modules/zod/index.js": "",
  "packages/env/dist/index.mjs": "",
  "tooling/lint/src/cli.ts": "",
  "scripts/bootstrap.mjs": "",
  "e2e/home.spec.ts": "",
  "docs/example.ts": "",
};

const expected = [
  "apps/main/src/app/page.tsx",
  "e2e/home.spec.ts",
  "ecosystem.config.js",
  "packages/env/src/index.ts",
  "scripts/bootstrap.mjs",
  "tooling/lint/src/cli.ts",
];

describe("listSourceFiles", () => {
  it("walks the file system outside git, skipping build output and generated code", async () => {
    expect(await withTempRepo(tree, listSourceFiles)).toEqual(expected);
  });

  it("asks git inside a work tree, so .gitignore is respected", async () => {
    const files = await withTempRepo(
      { ...tree, ".gitignore": "apps/main/src/ignored/\n", "apps/main/src/ignored/secret.ts": "" },
      async (root) => {
        await runFile("git", ["init", "--quiet"], { cwd: root });
        return listSourceFiles(root);
      },
    );
    expect(files).toEqual(expected);
  });
});

describe("isLintedPath", () => {
  it("accepts the scanned extensions only", () => {
    expect(["a.ts", "a.tsx", "a.mts", "a.mjs", "a.js", "a.json", "a.cjs", "a.css"].map((f) => isLintedPath(`packages/x/${f}`)))
      .toEqual([true, true, true, true, true, false, true, false]);
  });
});
