import { describe, expect, it } from "vitest";
import { violationsIn as allViolationsIn, type RepoFiles } from "../testing/temp-repo";

// This rule's findings only (the mini-repo has no packages, which the exports rule reports).
const violationsIn = async (files: RepoFiles) => (await allViolationsIn(files)).filter((found) => found.rule === "client-imports-narrow-entry");

describe("client-imports-narrow-entry", () => {
  it("allows the /client entry, type-only imports and server files importing the package index", async () => {
    expect(
      await violationsIn({
        "apps/store/src/components/gallery.tsx": `"use client";\nimport { FormAlert } from "@stepperslife/ui/client";\nimport type { AppDefinition } from "@stepperslife/manifest";\nexport const a = 1;\n`,
        "apps/store/src/app/page.tsx": `import { OwnerPage } from "@stepperslife/ui";\nexport default function Page() { return null; }\n`,
      }),
    ).toEqual([]);
  });

  it("flags a client component importing the ui index or the manifest", async () => {
    const found = await violationsIn({
      "apps/store/src/components/gallery.tsx": `// A gallery.\n"use client";\n\nimport { CoverPlaceholder } from "@stepperslife/ui";\nimport { getApp } from "@stepperslife/manifest";\nexport const a = 1;\n`,
    });
    expect(found.map(({ path, line, rule }) => ({ path, line, rule }))).toEqual([
      { path: "apps/store/src/components/gallery.tsx", line: 4, rule: "client-imports-narrow-entry" },
      { path: "apps/store/src/components/gallery.tsx", line: 5, rule: "client-imports-narrow-entry" },
    ]);
    expect(found[0]!.message).toMatch(/import it from "@stepperslife\/ui\/client"/);
  });
});
