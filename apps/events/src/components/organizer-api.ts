"use client";

/** Calls an organizer route with a JSON body; throws the route's own error message when refused. */
export async function organizerApi<T = unknown>(url: string, method: string, body?: unknown): Promise<T> {
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
