import { describe, expect, it } from "vitest";
import { maskSource } from "./mask-source";

describe("maskSource", () => {
  it("blanks comments in code, and literal bodies too in masked, keeping length and line breaks", () => {
    const source = `const a = "x"; // note\n/* one\ntwo */ const r = /ab/g;\n`;
    const { code, masked } = maskSource(source);
    expect(code).toBe(`const a = "x";        \n      \n       const r = /ab/g;\n`);
    expect(masked).toBe(`const a = " ";        \n      \n       const r = /  /g;\n`);
  });

  it("keeps code inside template expressions, including nested templates", () => {
    const source = "const t = `a ${b ? `c ${d}` : { e: 1 }.e} f`; g;";
    expect(maskSource(source).masked).toBe("const t = `  ${b ? `  ${d}` : { e: 1 }.e}  `; g;");
  });

  it("stops an unterminated string at the end of its line", () => {
    const { masked } = maskSource(`<p>Don't</p>\nprocess.env.X;\n`);
    expect(masked.split("\n")[1]).toBe("process.env.X;");
  });
});
