import type { z } from "zod";
import { StubApiError } from "./stub-types";

/**
 * Validates a request's parameters with `schema` and answers a failure as Stripe does: an unknown parameter is
 * refused by its bracketed name (`payment_intent_data[foo]`), a missing one is `parameter_missing`.
 */
export function parseStubParams<T extends z.ZodType>(schema: T, params: Record<string, unknown>): z.output<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  if (issue?.code === "unrecognized_keys") {
    const param = bracketName([...path, issue.keys[0] ?? ""]);
    throw new StubApiError(400, "invalid_request_error", `Received unknown parameter: ${param}`, { param });
  }
  const param = bracketName(path);
  const missing = issue?.code === "invalid_type" && issue.input === undefined;
  const message = missing ? `Missing required param: ${param}.` : `Invalid ${param}: ${issue?.message ?? "invalid value"}`;
  throw new StubApiError(400, "invalid_request_error", message, { param, code: missing ? "parameter_missing" : "parameter_invalid" });
}

function bracketName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ""}${rest.map((segment) => `[${segment}]`).join("")}`;
}
