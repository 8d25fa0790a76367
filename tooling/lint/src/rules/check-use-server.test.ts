import { describe, expect, it } from "vitest";
import { violationsIn } from "../testing/temp-repo";

describe("no-use-server-in-packages", () => {
  it("allows \"use server\" in apps and a mere mention of it in packages", async () => {
    expect(
      await violationsIn({
        "apps/main/src/app/actions.ts": `"use server";\nexport async function save() {}\n`,
        "packages/ui/src/index.ts": `"use client";\n// not "use server"\nexport const hint = { "use server": false, text: "use server" };\n`,
      }),
    ).toEqual([]);
  });

  it("flags a file-level or inline \"use server\" directive in packages/", async () => {
    const rule = "no-use-server-in-packages";
    expect(
      await violationsIn({
        "packages/auth-config/src/actions.ts": `/** Shared actions. */\n'use strict';\n'use server'\nexport async function a() {}\n`,
        "packages/ui/src/form.ts": `export async function save() {\n  "use server";\n}\n`,
      }),
    ).toEqual([
      {
        path: "packages/auth-config/src/actions.ts",
        line: 3,
        rule,
        message: `file starts with "use server"; Server Actions live only in an app's actions.ts`,
      },
      {
        path: "packages/ui/src/form.ts",
        line: 1,
        rule,
        message: `inline "use server" function; Server Actions live only in an app's actions.ts`,
      },
    ]);
  });
});
