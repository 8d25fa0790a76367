/** Every error code an API answers with, and its HTTP status. Clients branch on the code, people read the message. */
export const errorStatus = {
  invalid_json: 400,
  bad_signature: 400,
  invalid_input: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  bad_gateway: 502,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** One invalid input field: `body.items.0.quantity`, say, and what is expected of it. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** What went wrong in detail, for logs only (never sent to the client). */
  cause?: unknown;
  /** Which input fields failed validation, for forms to show beside each field. */
  fields?: FieldIssue[];
  headers?: Record<string, string>;
}

/**
 * An expected failure with a message written for the person using the app. Throw it anywhere in server code; the
 * route wrapper turns it into `{ error: { code, message, fields? } }` with the code's status. Anything else thrown
 * becomes a 500 whose message reveals nothing.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly fields: FieldIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, userMessage: string, options: AppErrorOptions = {}) {
    super(`${code}: ${userMessage}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
