/**
 * A tiny JS/TS lexer that blanks out comments (and, for `masked`, literal bodies)
 * while keeping every offset and line break where it was. Rules can then search
 * with plain regexes without matching `import` or `process.env` that only
 * appear in a comment or inside a string, and still report the right line.
 */
export interface MaskedSource {
  /** Comments replaced by spaces; everything else untouched. */
  code: string;
  /** Like `code`, plus the bodies of string, template and regex literals replaced by spaces (quotes kept). */
  masked: string;
}

// After these characters a `/` starts a regex literal rather than a division.
const REGEX_AFTER_PUNCTUATION = new Set("(,=:[!&|?{};+-*%<>~^".split(""));
const REGEX_AFTER_KEYWORD = new Set([
  "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await",
]);
const IDENTIFIER_CHAR = /[\w$]/;

export function maskSource(text: string): MaskedSource {
  const code = text.split("");
  const masked = text.split("");
  const blank = (chars: string[], from: number, to: number) => {
    for (let k = from; k < to; k++) {
      if (chars[k] !== "\n" && chars[k] !== "\r") chars[k] = " ";
    }
  };

  // One counter per open `${`: how many plain `{` are currently open inside it,
  // so we know which `}` returns us to the template text.
  const templateBraces: number[] = [];
  let inTemplate = false;
  let previous = ""; // last significant code character ("w" after a word)
  let previousWord = "";
  let i = 0;

  while (i < text.length) {
    if (inTemplate) {
      const start = i;
      while (i < text.length && text[i] !== "`" && !(text[i] === "$" && text[i + 1] === "{")) {
        i += text[i] === "\\" ? 2 : 1;
      }
      blank(masked, start, Math.min(i, text.length));
      if (i >= text.length) break;
      inTemplate = false;
      if (text[i] === "`") {
        i += 1;
        previous = "w"; // a finished template behaves like a value
      } else {
        i += 2;
        templateBraces.push(0);
        previous = "{";
      }
      continue;
    }

    const ch = text[i] ?? "";
    const next = text[i + 1];

    if (ch === "/" && next === "/") {
      const end = indexOrEnd(text, "\n", i);
      blank(code, i, end);
      blank(masked, i, end);
      i = end;
    } else if (ch === "/" && next === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close === -1 ? text.length : close + 2;
      blank(code, i, end);
      blank(masked, i, end);
      i = end;
    } else if (ch === '"' || ch === "'") {
      const { bodyEnd, end } = scanQuoted(text, i);
      blank(masked, i + 1, bodyEnd);
      i = end;
      previous = "w";
    } else if (ch === "`") {
      i += 1;
      inTemplate = true;
    } else if (ch === "/" && startsRegex(previous, previousWord, next)) {
      const { bodyEnd, end } = scanRegex(text, i);
      blank(masked, i + 1, bodyEnd);
      i = end;
      previous = "w";
    } else if (ch === "{" || ch === "}") {
      i += 1;
      previous = ch;
      previousWord = "";
      const depth = templateBraces.length - 1;
      if (depth < 0) continue;
      if (ch === "{") templateBraces[depth] = (templateBraces[depth] ?? 0) + 1;
      else if (templateBraces[depth] === 0) {
        templateBraces.pop();
        inTemplate = true;
      } else templateBraces[depth] = (templateBraces[depth] ?? 1) - 1;
    } else if (IDENTIFIER_CHAR.test(ch)) {
      const start = i;
      while (i < text.length && IDENTIFIER_CHAR.test(text[i] ?? "")) i++;
      previous = "w";
      previousWord = text.slice(start, i);
    } else {
      if (!/\s/.test(ch)) {
        previous = ch;
        previousWord = "";
      }
      i += 1;
    }
  }

  return { code: code.join(""), masked: masked.join("") };
}

function startsRegex(previous: string, previousWord: string, next: string | undefined): boolean {
  // `</div>` and `</>` in TSX are closing tags, not regexes.
  if (previous === "<" && next !== undefined && /[A-Za-z>]/.test(next)) return false;
  if (previous === "" || REGEX_AFTER_PUNCTUATION.has(previous)) return true;
  return previous === "w" && REGEX_AFTER_KEYWORD.has(previousWord);
}

function indexOrEnd(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? text.length : index;
}

/** `start` is the opening quote. Unterminated strings stop at the line break, limiting the damage. */
function scanQuoted(text: string, start: number): { bodyEnd: number; end: number } {
  const quote = text[start];
  let j = start + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === "\\") j += 2;
    else if (c === quote) return { bodyEnd: j, end: j + 1 };
    else if (c === "\n") return { bodyEnd: j, end: j };
    else j += 1;
  }
  return { bodyEnd: text.length, end: text.length };
}

/** `start` is the opening slash; a `/` inside a character class does not close the regex. */
function scanRegex(text: string, start: number): { bodyEnd: number; end: number } {
  let inClass = false;
  let j = start + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === "\\") {
      j += 2;
      continue;
    }
    if (c === "\n") return { bodyEnd: j, end: j };
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
    } else if (c === "/") {
      let end = j + 1;
      while (end < text.length && /[a-z]/i.test(text[end] ?? "")) end++;
      return { bodyEnd: j, end };
    }
    j += 1;
  }
  return { bodyEnd: text.length, end: text.length };
}
