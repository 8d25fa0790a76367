import { toRequestError, type ErrorEnvelope } from "./request-error";

/**
 * Calls an owner route (JSON body optional) from the browser; on failure throws a RequestError with the route's own
 * message and, when zod refused fields, what to say next to each one, so a form can show why instead of a status code.
 */
export async function ownerRequest<T = unknown>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const answer = (await response.json().catch(() => ({}))) as ErrorEnvelope;
  if (!response.ok) throw toRequestError(answer, response.status);
  return answer as T;
}
