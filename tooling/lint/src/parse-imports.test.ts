import { describe, expect, it } from "vitest";
import { parseImports } from "./parse-imports";

const specifiers = (source: string) => parseImports(source).map((ref) => ref.specifier);

describe("parseImports", () => {
  it("finds every import form with its kind and line", () => {
    const source = [
      `import a from "a";`,
      `import "side-effect";`,
      `export * from "star";`,
      `export * as ns from "star-as";`,
      `export { x, y as z } from "named";`,
      `const lazy = await import("dynamic");`,
      `const cjs = require("cjs");`,
      `import b, { c } from "default-and-named";`,
      `import * as d from "namespace";`,
    ].join("\n");
    expect(parseImports(source).map(({ specifier, line, kind }) => [specifier, line, kind])).toEqual([
      ["a", 1, "import"],
      ["side-effect", 2, "side-effect"],
      ["star", 3, "re-export"],
      ["star-as", 4, "re-export"],
      ["named", 5, "re-export"],
      ["dynamic", 6, "dynamic"],
      ["cjs", 7, "require"],
      ["default-and-named", 8, "import"],
      ["namespace", 9, "import"],
    ]);
  });

  it("reads multi-line imports and reports the line of the keyword", () => {
    const source = `// header\nimport {\n  one,\n  two, // trailing comment with } brace\n  three,\n} from '@stepperslife/env';\nconst x = import(\n  "later"\n);\n`;
    expect(parseImports(source)).toEqual([
      { specifier: "@stepperslife/env", line: 2, kind: "import", typeOnly: false },
      { specifier: "later", line: 7, kind: "dynamic", typeOnly: false },
    ]);
  });

  it("counts type-only imports and type-level import() too", () => {
    const source = [
      `import type { A } from "types-a";`,
      `import type * as B from "types-b";`,
      `export type { C } from "types-c";`,
      `import { type D, e } from "mixed";`,
      `type E = typeof import("types-e");`,
      `import type from "default-named-type";`,
    ].join("\n");
    expect(parseImports(source).map(({ specifier, typeOnly }) => [specifier, typeOnly])).toEqual([
      ["types-a", true],
      ["types-b", true],
      ["types-c", true],
      ["mixed", false],
      ["types-e", false],
      ["default-named-type", false],
    ]);
  });

  it("ignores imports inside comments, strings and templates, keeping line numbers", () => {
    const source = [
      `// import a from "line-comment";`,
      `/* import b from "block-comment";`,
      `   require("still-comment") */`,
      `const s = 'import c from "in-a-string"';`,
      "const t = `import d from \"in-a-template\" ${import(\"in-template-expression\")}`;",
      `import real from "real";`,
    ].join("\n");
    expect(parseImports(source).map(({ specifier, line }) => [specifier, line])).toEqual([
      ["in-template-expression", 5],
      ["real", 6],
    ]);
  });

  it("is not fooled by regexes, URLs, member calls or minified code", () => {
    const source = [
      `const quote = /["'\`]/g; const slash = /[/]import "x"/;`,
      `const url = "http://example.com"; // import z from "nope"`,
      `const n = total / 2; obj.import("member"); myrequire("custom");`,
      `import{a}from"minified";export*from"minified-star";`,
      `const r = 1 / 2; import after from "after-division";`,
    ].join("\n");
    expect(specifiers(source)).toEqual(["minified", "minified-star", "after-division"]);
  });

  it("skips specifiers that are not plain string literals", () => {
    expect(specifiers("const m = await import(`./locales/${lang}`); require(name);")).toEqual([]);
  });

  it("handles TSX closing tags and text", () => {
    const source = `import React from "react";\nexport const C = () => <div>a</div>;\nconst lazy = import("./chunk");\n`;
    expect(specifiers(source)).toEqual(["react", "./chunk"]);
  });
});
