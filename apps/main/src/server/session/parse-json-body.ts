import type { z } from "zod";

const MAX_BODY_BYTES = 1024 * 1024;

export type ParsedBody<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * The JSON body of a server-to-server session call, checked with `schema`: 400 when it is not JSON (or over 1 MB),
 * 422 naming the fields when it does not match. Callers are the fleet's own servers, so the fields help debugging.
 */
export async function parseJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<ParsedBody<z.infer<Schema>>> {
  const refuse = (status: number, code: string, message: string, fields?: Record<string, string>) => ({
    ok: false as const,
    response: Response.json(
      { error: { code, message, ...(fields ? { fields } : {}) } },
      { status, headers: { "cache-control": "no-store" } },
    ),
  });
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return refuse(400, "invalid_json", "The request body is too large.");
    body = JSON.parse(text);
  } catch {
    return refuse(400, "invalid_json", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "body", issue.message]));
  return refuse(422, "invalid_body", "The request body is not what this endpoint expects.", fields);
}
