import { formatMoney } from "@stepperslife/format";
import type { z } from "zod";
import type { FieldIssue } from "./app-error";
import { fieldLabel, fieldName, isMoneyField, WHOLE_FORM_LABEL } from "./field-label";

// What a person reads when their input is refused. Zod's own words ("Too big: expected number to be <=100000") are
// for developers; these say the same in the form's words ("Price must be at most $1,000.00"). A schema's own message
// wins over this map (zod 4's precedence: schema-level error, then the per-parse map), so a route can always say more.

type RawIssue = z.core.$ZodRawIssue;

const count = (value: number | bigint) => Number(value).toLocaleString("en-US");
const plural = (value: number | bigint, one: string, many: string) => `${count(value)} ${Number(value) === 1 ? one : many}`;

function bound(issue: RawIssue & { origin: string }, value: number | bigint | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isMoneyField(issue.path ?? [])) return formatMoney(Number(value));
  if (issue.origin === "string") return plural(value, "character", "characters");
  if (issue.origin === "array" || issue.origin === "set") return plural(value, "item", "items");
  return count(value);
}

function sizeMessage(issue: Extract<RawIssue, { code: "too_small" | "too_big" }>, label: string): string {
  const small = issue.code === "too_small";
  const value = small ? (issue as { minimum: number | bigint | Date }).minimum : (issue as { maximum: number | bigint | Date }).maximum;
  if (small && issue.origin === "string" && Number(value) === 1) return `${label} is required.`;
  if (small && (issue.origin === "array" || issue.origin === "set") && Number(value) === 1) return `${label} needs at least one item.`;
  const text = bound(issue, value);
  if (issue.exact) return `${label} must be exactly ${text}.`;
  if (issue.origin === "date") return `${label} must be ${small ? "on or after" : "on or before"} ${text}.`;
  if (issue.inclusive === false) return `${label} must be ${small ? "more" : "less"} than ${text}.`;
  return `${label} must be at ${small ? "least" : "most"} ${text}.`;
}

const expectedWords: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "yes or no",
  array: "a list",
  date: "a date",
};

const formatWords: Record<string, string> = {
  email: "an email address like name@example.com",
  url: "a web address starting with https://",
  datetime: "a date and time",
  date: "a date like 2026-12-05",
  time: "a time like 20:00",
};

/** One issue in people's words; the error map zod calls for every issue whose schema has no message of its own. */
export function describeIssue(issue: RawIssue): string {
  const path = issue.path ?? [];
  const label = fieldLabel(path);
  const whole = fieldName(path) === null;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return whole ? "Some details are missing." : `${label} is required.`;
      return expectedWords[issue.expected] && !whole ? `${label} must be ${expectedWords[issue.expected]}.` : `${label} is not valid.`;
    case "too_small":
    case "too_big":
      return sizeMessage(issue, label);
    case "invalid_format": {
      const words = formatWords[issue.format];
      if (words) return `${label} must be ${words}.`;
      if (["uuid", "guid", "cuid", "cuid2", "ulid", "nanoid"].includes(issue.format)) return `${label} was not recognised.`;
      return `${label} is not in the expected format.`;
    }
    case "invalid_value": {
      const shown = issue.values.filter((value) => typeof value === "string" || typeof value === "number");
      if (shown.length === 0 || shown.length !== issue.values.length || shown.length > 8) return `${label} is not one of the choices.`;
      return shown.length === 1 ? `${label} must be ${String(shown[0])}.` : `${label} must be one of: ${shown.join(", ")}.`;
    }
    case "unrecognized_keys": {
      const names = issue.keys.map((key) => fieldLabel([key]));
      return `${names.join(", ")} ${names.length === 1 ? "is" : "are"} not something you can set here.`;
    }
    case "not_multiple_of":
      if (isMoneyField(path)) return `${label} must be in steps of ${formatMoney(Number(issue.divisor))}.`;
      return `${label} must be a multiple of ${count(issue.divisor)}.`;
    default:
      return whole ? "Something in the form is not valid." : `${label} is not valid.`;
  }
}

/** Zod's per-parse error map: `schema.safeParse(value, { error: peopleErrorMap })`. */
export const peopleErrorMap = (issue: RawIssue): string => describeIssue(issue);

/**
 * A schema's own message, made a sentence. Many are written as the end of one ("expected a time as HH:MM"), from when
 * messages were `path: message`; they become "Opens should be a time as HH:MM." Sentences pass through untouched.
 */
export function toSentence(message: string, path: readonly PropertyKey[]): string {
  const text = message.trim();
  if (!text) return describeIssue({ code: "custom", path, input: undefined } as RawIssue);
  const stop = /[.!?]$/.test(text) ? "" : ".";
  if (/^[A-Z"“]/.test(text)) return `${text}${stop}`;
  const name = fieldName(path);
  if (name === null) return `${text[0]!.toUpperCase()}${text.slice(1)}${stop}`;
  // "q is required" names the field by its key: say its label instead ("Search is required.").
  if (text.startsWith(`${name} `)) return `${fieldLabel(path)}${text.slice(name.length)}${stop}`;
  const expected = /^expected (.+)$/.exec(text);
  return expected ? `${fieldLabel(path)} should be ${expected[1]}${stop}` : `${fieldLabel(path)}: ${text}${stop}`;
}

/** The one message of a refused request: the first field's words, and which others to look at. */
export function summarizeFields(fields: readonly FieldIssue[], labels: readonly string[]): string {
  const [first] = fields;
  if (!first) return "Something in the form is not valid.";
  // An issue of the whole form has no field to point at ("This"): its own sentence is said instead.
  const whole = fields.slice(1).filter((_, index) => labels[index + 1] === WHOLE_FORM_LABEL).map((field) => field.message);
  const others = [...new Set(labels.slice(1))].filter((label) => label !== labels[0] && label !== WHOLE_FORM_LABEL);
  const sentences = [...new Set([first.message, ...whole])];
  return others.length === 0 ? sentences.join(" ") : `${sentences.join(" ")} Also check: ${others.join(", ")}.`;
}
