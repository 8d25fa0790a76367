import { safeCallbackUrl } from "@stepperslife/auth-config";
import type { PublicAddressing } from "@stepperslife/manifest";
import { NextRequest } from "next/server";

export type PreparedAuthRequest =
  /** The request NextAuth should see (readable again, callbackUrl made safe). */
  | { ok: true; request: NextRequest }
  | { ok: false; response: Response };

const MAX_BODY_BYTES = 64 * 1024;
// NextAuth's own names (we only rename its session cookie); `__Secure-` on https.
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * What NextAuth cannot take without answering a 500, fixed or refused before it runs:
 * - a JSON body it would `req.json()` and fail on → 400;
 * - a `callbackUrl` query it does not consider an http(s) URL (`javascript:…`, U+2028) → NextAuth calls that a server
 *   misconfiguration; it is replaced by where safeCallbackUrl would send the person anyway;
 * - a callback-url cookie that is not one (NextAuth only ever writes safe ones, so this was forged) → 400, cleared.
 * Forms (what NextAuth's own pages send) and bodyless requests pass through unchanged.
 */
export async function prepareAuthRequest(
  request: NextRequest,
  { addressing, portal }: { addressing: PublicAddressing; portal: string },
): Promise<PreparedAuthRequest> {
  const forgedCookie = CALLBACK_COOKIES.find((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isHttpUrl(value, portal);
  });
  if (forgedCookie) {
    const response = refuse(400, "invalid_callback_url", "The sign-in return address was not valid; try again.").response;
    response.headers.append("set-cookie", `${forgedCookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    return { ok: false, response };
  }

  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null) url.searchParams.set("callbackUrl", safeCallbackUrl(callbackUrl, { addressing, fallback: `${portal}/` }));

  let body: string | undefined;
  if (request.method === "POST" && request.body) {
    body = await request.text();
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return refuse(413, "payload_too_large", "The request body is too large.");
    if ((request.headers.get("content-type") ?? "").includes("application/json") && !isJsonObject(body)) {
      return refuse(400, "invalid_json", "The request body must be a JSON object.");
    }
  }
  if (body === undefined && url.href === request.url) return { ok: true, request };
  return { ok: true, request: new NextRequest(url, { method: request.method, headers: request.headers, body }) };
}

/** NextAuth's own test (core/lib/assert.js): what it accepts as a callback URL. */
function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

function refuse(status: number, code: string, message: string): { ok: false; response: Response } {
  return { ok: false, response: Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } }) };
}
