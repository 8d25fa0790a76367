import { createLineLookup } from "./line-numbers";
import { maskSource } from "./mask-source";

export type ImportKind = "import" | "side-effect" | "re-export" | "dynamic" | "require";

export interface ImportRef {
  specifier: string;
  /** 1-based line of the `import` / `export` / `require` keyword. */
  line: number;
  kind: ImportKind;
  /** `import type …` / `export type … from`; reported like any other import. */
  typeOnly: boolean;
}

// The patterns run on masked source (comments and string bodies blanked, quotes
// kept), so `import` inside a comment or string never matches, and `[^}]` can
// safely span lines of a multi-line named import.
const ID = String.raw`[\w$]+`;
const NAMED = String.raw`\{[^}]*\}`;
const NAMESPACE = String.raw`\*\s*as\s+${ID}`;
const CLAUSE = String.raw`(?:${ID}(?:\s*,\s*(?:${NAMED}|${NAMESPACE}))?|${NAMED}|${NAMESPACE})`;
// Not preceded by an identifier character or a dot (`foo.import(…)`, `myrequire(…)`).
const KEYWORD_START = String.raw`(?<![\w$.])`;
// A keyword followed by `{` or `*` needs no space (`import{a}from"x"`).
const GAP = String.raw`(?:\s+|(?=[{*]))`;

const PATTERNS: { kind: ImportKind; regex: RegExp }[] = [
  {
    kind: "import",
    regex: new RegExp(String.raw`${KEYWORD_START}import${GAP}(type\s+)?${CLAUSE}\s*from\s*(["'])`, "g"),
  },
  { kind: "side-effect", regex: new RegExp(String.raw`${KEYWORD_START}import\s*(["'])`, "g") },
  {
    kind: "re-export",
    regex: new RegExp(
      String.raw`${KEYWORD_START}export${GAP}(type\s+)?(?:\*(?:\s*as\s+${ID})?|${NAMED})\s*from\s*(["'])`,
      "g",
    ),
  },
  { kind: "dynamic", regex: new RegExp(String.raw`${KEYWORD_START}import\s*\(\s*(["'])`, "g") },
  { kind: "require", regex: new RegExp(String.raw`${KEYWORD_START}require\s*\(\s*(["'])`, "g") },
];

/**
 * Every module specifier `text` imports: static, side-effect, re-export,
 * dynamic `import("x")` and `require("x")`, sorted by position. Specifiers
 * built at runtime (template literals, variables) are not module edges we can
 * check statically, so they are skipped.
 */
export function parseImports(text: string, masked: string = maskSource(text).masked): ImportRef[] {
  const lineAt = createLineLookup(text);
  const found: { offset: number; ref: ImportRef }[] = [];

  for (const { kind, regex } of PATTERNS) {
    for (const match of masked.matchAll(regex)) {
      const openQuote = match.index + match[0].length - 1;
      // String bodies are blank in `masked`, so the next quote of the same kind closes it.
      const closeQuote = masked.indexOf(masked[openQuote] ?? '"', openQuote + 1);
      // An unterminated string would "close" on some later line: not an import.
      if (closeQuote === -1 || masked.slice(openQuote, closeQuote).includes("\n")) continue;
      found.push({
        offset: match.index,
        ref: {
          specifier: text.slice(openQuote + 1, closeQuote),
          line: lineAt(match.index),
          kind,
          typeOnly: (kind === "import" || kind === "re-export") && match[1] !== undefined,
        },
      });
    }
  }

  return found.sort((a, b) => a.offset - b.offset).map((entry) => entry.ref);
}
