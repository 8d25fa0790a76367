import path from "node:path";
import { createLineLookup } from "../line-numbers";
import type { Finding, SourceFile } from "../types";

const RULE = "env-access";

/**
 * Files allowed to read process.env. Everything else gets configuration from
 * an env module, which validates it once at startup and documents every
 * variable (so a missing variable fails fast instead of deep in a request).
 */
export function isEnvModule(file: string): boolean {
  const fileName = path.posix.basename(file);
  return (
    fileName === "env.ts" ||
    fileName.endsWith("-env.ts") ||
    fileName.endsWith("-env.cjs") ||
    fileName === "prisma-config.ts" ||
    fileName === "ecosystem.config.js" ||
    /(?:^|\/)scripts\/[^/]+\.mjs$/.test(file) ||
    /\.test\.tsx?$/.test(fileName) ||
    /(?:^|\/)e2e\//.test(file)
  );
}

// Run on masked source, so process.env in comments and strings is ignored.
// process.env.NEXT_RUNTIME is Next's own build-time constant (instrumentation.ts), not configuration.
const MASKED_PATTERNS = [
  /(?<![\w$.])process\s*(?:\?\.|\.)\s*env\b(?!\s*\.\s*NEXT_RUNTIME\b)/g,
  // const { env } = process
  /\{[^{}]*\benv\b[^{}]*\}\s*=\s*process\b/g,
];
// process["env"]: the property name is a string, so this one must look at unmasked code.
const BRACKET_PATTERN = /(?<![\w$.])process\s*(?:\?\.)?\s*\[\s*(["'`])env\1\s*\]/g;

export function checkEnvAccess(file: SourceFile): Finding[] {
  if (isEnvModule(file.path)) return [];
  const lineAt = createLineLookup(file.text);
  const offsets = MASKED_PATTERNS.flatMap((pattern) => [...file.masked.matchAll(pattern)].map((m) => m.index));
  for (const match of file.code.matchAll(BRACKET_PATTERN)) {
    // Skip matches that sit inside a string literal (blank in the masked text).
    if (file.masked[match.index] === "p") offsets.push(match.index);
  }
  return offsets
    .sort((a, b) => a - b)
    .map((offset) => ({
      path: file.path,
      line: lineAt(offset),
      rule: RULE,
      message: "process.env outside an env module; read it through the package's env module",
      severity: "error" as const,
    }));
}
