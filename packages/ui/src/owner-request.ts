/**
 * Calls an owner route (JSON body optional) from the browser; throws the route's own error message, with the
 * fields zod refused, so a form or button can show why instead of a status code.
 */
export async function ownerRequest<T = unknown>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string; fields?: { path: string; message: string }[] } };
  if (!response.ok) {
    const fields = answer.error?.fields?.map((field) => `${field.path.replace(/^body\./, "")}: ${field.message}`).join("; ");
    throw new Error(`${answer.error?.message ?? `That did not work (${response.status}).`}${fields ? ` (${fields})` : ""}`);
  }
  return answer as T;
}
