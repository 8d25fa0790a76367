/** The error envelope every route answers with (packages/http): a code for programs, words for people. */
export interface ErrorEnvelope {
  error?: { code?: string; message?: string; fields?: { path: string; message: string }[] };
}

/** Field name → what to say next to that field (`priceCents` → "Price must be at most $1,000.00."). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * A refused request as a form shows it: `message` above or below the form, `fields` next to each input. Field keys
 * drop the request part (`body.priceCents` → `priceCents`), so they are the names the form already uses.
 */
export class RequestError extends Error {
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(message: string, { code = "error", fields = {} }: { code?: string; fields?: FieldErrors } = {}) {
    super(message);
    this.name = "RequestError";
    this.code = code;
    this.fields = fields;
  }
}

/** The RequestError for a failed response's envelope (its message, or a plain sentence when there is none). */
export function toRequestError(answer: ErrorEnvelope, status: number): RequestError {
  const fields: Record<string, string> = {};
  for (const field of answer.error?.fields ?? []) {
    const name = field.path.replace(/^(body|query|params)\.?/, "");
    if (name && !(name in fields)) fields[name] = field.message;
  }
  const fallback = status >= 500 ? "Something went wrong on our side. Please try again." : "That did not work. Please try again.";
  return new RequestError(answer.error?.message ?? fallback, { code: answer.error?.code ?? `http_${status}`, fields });
}

/** What to say next to each field after a failure (none when it was not a refused request). */
export function fieldErrorsOf(failure: unknown): FieldErrors {
  return failure instanceof RequestError ? failure.fields : {};
}

/** What to say about a failure as a whole: its own words when written for people, else `fallback`. */
export function failureMessage(failure: unknown, fallback: string): string {
  return failure instanceof RequestError ? failure.message : fallback;
}

/**
 * The form-wide message to show after a failure: none when every refused field is one the form shows, with its words
 * beside it (saying it twice would read as two problems), else the route's message.
 */
export function formLevelMessage(message: string | null, fields: FieldErrors, shown: readonly string[]): string | null {
  if (!message) return null;
  const names = Object.keys(fields);
  return names.length > 0 && names.every((name) => shown.includes(name)) ? null : message;
}
