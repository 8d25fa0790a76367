"use client";

/** Calls an owner route with a JSON body; throws the route's own error message when refused. */
export async function ownerApi<T = unknown>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!response.ok) throw new Error(answer.error?.message ?? `That did not work (${response.status}).`);
  return answer as T;
}
