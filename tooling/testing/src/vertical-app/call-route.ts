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

/** Calls a route handler the way Next.js does on `origin` (the app's own address): a Request and a promise of the dynamic segments. */
export function createCallRoute(origin: string) {
  return async function callRoute(handler: Handler, { method = "GET", path = "/", params = {}, body, contentType = "application/json", cookie }: CallOptions = {}) {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers["content-type"] = contentType;
    const request = new Request(`${origin}${path}`, {
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
  };
}
