import type { SessionUser } from "@stepperslife/auth-config";

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface CallOptions {
  method?: string;
  path?: string;
  params?: Record<string, string | string[]>;
  /** An object is sent as JSON; a string as it is (with a JSON content type unless `contentType` says otherwise). */
  body?: unknown;
  contentType?: string;
  cookie?: string | null;
}

/** Calls a route handler the way Next.js does: a Request and a promise of the dynamic segments. */
export async function callRoute(handler: Handler, { method = "GET", path = "/", params = {}, body, contentType = "application/json", cookie }: CallOptions = {}) {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = contentType;
  const request = new Request(`http://localhost:3004${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  // Tests read fields of answers they know the shape of.
  return { status: response.status, json: json as Record<string, any>, headers: response.headers };
}

export const ownerA: SessionUser = { id: "owner-a", name: "Ada Organizer", email: "ada@example.com", image: null, roles: ["owner:events"] };
export const ownerB: SessionUser = { id: "owner-b", name: "Bo Organizer", email: "bo@example.com", image: null, roles: ["owner:events"] };
export const customer: SessionUser = { id: "customer-1", name: "Cy Customer", email: "cy@example.com", image: null, roles: [] };
