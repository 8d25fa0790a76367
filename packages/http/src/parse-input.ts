import { z } from "zod";
import { AppError } from "./app-error";
import { fieldLabel } from "./field-label";
import { findControlCharacters } from "./find-control-characters";
import { peopleErrorMap, summarizeFields, toSentence } from "./people-messages";

/**
 * Validates one part of a request; failures become 422 invalid_input with `fields` keyed by path (`body.priceCents`,
 * for code) and every message in people's words (forms show them as they are, next to the field).
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, part: "params" | "query" | "body"): z.output<Schema> {
  const controls = findControlCharacters(value, part);
  if (controls.length > 0) {
    throw new AppError("invalid_input", controls[0]!.message, { fields: controls });
  }
  const result = schema.safeParse(value, { error: peopleErrorMap });
  if (result.success) return result.data;
  const { issues } = result.error;
  const fields = issues.map((issue) => ({ path: [part, ...issue.path].join("."), message: toSentence(issue.message, issue.path) }));
  throw new AppError("invalid_input", summarizeFields(fields, issues.map((issue) => fieldLabel(issue.path))), { fields });
}

const maxBodyBytes = 1_000_000;

/** The JSON body, or a 4xx explaining why it cannot be read (wrong type, too large, not JSON). */
export async function readJsonBody(request: Request): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBodyBytes) throw new AppError("payload_too_large", "The request body is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
}
