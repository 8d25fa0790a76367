import { isIP } from "node:net";

/**
 * The client's IP address for rate limits and logs. Every app runs behind @stepperslife/app-server, which replaces
 * X-Forwarded-For with the one address it can vouch for: the socket's peer, or what a trusted proxy (TRUSTED_PROXIES)
 * says it received the request from. So a single address is the answer; anything else did not come through that
 * server (a handler called directly, a misconfigured deployment) and is not believed: null.
 */
export function clientAddress(request: Request): string | null {
  const value = request.headers.get("x-forwarded-for")?.trim() ?? "";
  return isIP(value) === 0 ? null : value.toLowerCase();
}
