// Next's protocol between a proxy's answer and the render (what NextResponse.next({ request: { headers } }) writes):
// the full list of request header names the page gets, and each one's value under a prefixed name.
const OVERRIDE_LIST = "x-middleware-override-headers";
const OVERRIDE_VALUE = "x-middleware-request-";

/**
 * Adds request headers for the page render to another proxy's answer, keeping the request-header changes that proxy
 * made (the session proxy drops a dead cookie that way). Redirects and direct answers render nothing: left alone.
 */
export function forwardRequestHeaders(request: Request, response: Response, added: Record<string, string>): void {
  const rendersPage = response.headers.has("x-middleware-next") || response.headers.has("x-middleware-rewrite");
  if (!rendersPage) return;

  const listed = response.headers.get(OVERRIDE_LIST);
  const names = listed ? listed.split(",").map((name) => name.trim()) : [...request.headers.keys()];
  // Without a list, Next would pass the request on untouched; a list must name every header the page keeps.
  if (!listed) for (const [name, value] of request.headers) response.headers.set(`${OVERRIDE_VALUE}${name}`, value);
  for (const [name, value] of Object.entries(added)) {
    const key = name.toLowerCase();
    response.headers.set(`${OVERRIDE_VALUE}${key}`, value);
    if (!names.includes(key)) names.push(key);
  }
  response.headers.set(OVERRIDE_LIST, names.join(","));
}
