import type { FieldIssue } from "./app-error";
import { fieldLabel } from "./field-label";

// C0 controls and DEL. PostgreSQL refuses NUL in text (22021) and none of them belongs in a name, a search or an id.
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;
// Typed text (a description, a note) may hold tabs and line breaks; nothing else below U+0020.
const CONTROL_BUT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_DEPTH = 64;

/**
 * Every string in a parsed request part (and every object key) that holds a control character, as field issues
 * (`body.items.0.note`). `allowLineBreaks` is for bodies, whose text fields may be multi-line. Checked before the
 * route's own schema, so no route can forget it and no such byte ever reaches the database.
 */
export function findControlCharacters(value: unknown, part: "params" | "query" | "body"): FieldIssue[] {
  const pattern = part === "body" ? CONTROL_BUT_WHITESPACE : ANY_CONTROL;
  const issues: FieldIssue[] = [];

  const visit = (node: unknown, path: string[], depth: number) => {
    if (issues.length >= 10 || depth > MAX_DEPTH) return;
    if (typeof node === "string") {
      if (pattern.test(node)) {
        issues.push({ path: [part, ...path].join("."), message: `${fieldLabel(path)} contains characters that can't be typed here.` });
      }
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, String(index)], depth + 1));
      return;
    }
    if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (pattern.test(key)) {
          issues.push({ path: [part, ...path].join(".") || part, message: "A field name contains characters that can't be typed here." });
        }
        visit(item, [...path, key], depth + 1);
      }
    }
  };
  visit(value, [], 0);
  return issues;
}
