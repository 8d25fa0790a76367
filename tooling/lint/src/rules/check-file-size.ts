import type { Finding, SourceFile } from "../types";

const RULE = "file-size";
export const MAX_LINES = 400;
export const NOTE_LINES = 300;

/** Long files hide several responsibilities; past 300 lines it's time to think about splitting. */
export function checkFileSize(file: SourceFile): Finding[] {
  const lines = countLines(file.text);
  if (lines > MAX_LINES) {
    const message = `${lines} lines (limit ${MAX_LINES}); split it into smaller modules`;
    return [{ path: file.path, line: 1, rule: RULE, message, severity: "error" }];
  }
  if (lines > NOTE_LINES) {
    const message = `${lines} lines (over ${NOTE_LINES}); consider splitting before it reaches ${MAX_LINES}`;
    return [{ path: file.path, line: 1, rule: RULE, message, severity: "note" }];
  }
  return [];
}

function countLines(text: string): number {
  if (text === "") return 0;
  const breaks = text.split("\n").length - 1;
  return text.endsWith("\n") ? breaks : breaks + 1;
}
