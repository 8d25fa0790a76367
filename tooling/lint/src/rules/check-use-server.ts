import { createLineLookup } from "../line-numbers";
import type { Finding, SourceFile } from "../types";

const RULE = "no-use-server-in-packages";
const FIX = "Server Actions live only in an app's actions.ts";

// An inline directive is a "use server" statement opening a function body.
// Object literals can't start with a bare string, so `{ "use server"` followed
// by `;`, a line break or `}` is always a directive.
const INLINE_DIRECTIVE = /\{\s*(["'])use server\1\s*(?:;|\r?\n|\})/g;

/**
 * Every "use server" function becomes a public HTTP endpoint of whichever app
 * bundles it; keeping them in each app's actions.ts makes that surface visible.
 */
export function checkUseServer(file: SourceFile): Finding[] {
  if (!file.path.startsWith("packages/")) return [];
  const lineAt = createLineLookup(file.text);
  const findings: Finding[] = [];
  const report = (offset: number, message: string) =>
    findings.push({ path: file.path, line: lineAt(offset), rule: RULE, message, severity: "error" });

  const fileDirective = findUseServerInPrologue(file.code);
  if (fileDirective !== null) report(fileDirective, `file starts with "use server"; ${FIX}`);

  for (const match of file.code.matchAll(INLINE_DIRECTIVE)) {
    // The brace must be real code, not part of a string (strings are blank in masked).
    if (file.masked[match.index] === "{") report(match.index, `inline "use server" function; ${FIX}`);
  }
  return findings;
}

/** Offset of a "use server" directive in the file's directive prologue, or null. */
function findUseServerInPrologue(code: string): number | null {
  let position = code.startsWith("#!") ? code.indexOf("\n") + 1 || code.length : 0;
  const directive = /\s*(["'])([^"'\n]*)\1\s*;?/y;
  for (;;) {
    directive.lastIndex = position;
    const match = directive.exec(code);
    if (!match) return null;
    if (match[2] === "use server") return code.indexOf(match[1] ?? '"', position);
    position = directive.lastIndex;
  }
}
