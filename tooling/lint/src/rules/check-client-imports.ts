import type { Finding, SourceFile } from "../types";

const RULE = "client-imports-narrow-entry";

/**
 * Package entries a browser bundle must not take whole: they parse the fleet manifest with zod when loaded, and zod's
 * eval probe is reported by the pages' Content-Security-Policy (a violation on every page that ships them). Client
 * components import from the package's `/client` entry instead, which holds only what runs in the browser.
 */
const SERVER_HEAVY_ENTRIES: Record<string, string> = {
  "@stepperslife/ui": "import it from \"@stepperslife/ui/client\" (add it there if it is missing)",
  "@stepperslife/manifest": "pass what the component needs from its server page as props",
  "@stepperslife/auth-config/server": "client components cannot use the server's sign-on",
};

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(["'])use client\1/;

/** Flags value imports of server-heavy package entries in "use client" files (type-only imports are erased). */
export function checkClientImports(file: SourceFile): Finding[] {
  if (!/\.(tsx?|jsx?)$/.test(file.path) || !USE_CLIENT.test(file.text)) return [];
  return file.imports
    .filter((ref) => !ref.typeOnly && ref.specifier in SERVER_HEAVY_ENTRIES)
    .map((ref) => ({
      path: file.path,
      line: ref.line,
      rule: RULE,
      message: `"use client" file imports ${ref.specifier}, which brings zod's eval probe into the browser; ${SERVER_HEAVY_ENTRIES[ref.specifier]}`,
      severity: "error" as const,
    }));
}
