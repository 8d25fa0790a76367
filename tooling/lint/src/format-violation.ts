import type { Violation } from "./types";

/** `path:line  rule  message`: clickable in most terminals and editors, easy to grep by rule. */
export function formatViolation(violation: Violation, kind: "error" | "note" = "error"): string {
  const message = kind === "note" ? `note: ${violation.message}` : violation.message;
  return `${violation.path}:${violation.line}  ${violation.rule}  ${message}`;
}
