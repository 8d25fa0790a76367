import type { NextRequest } from "next/server";
import { buildPagePolicy } from "../content-security-policy";
import { createNonce } from "../create-nonce";
import { STRICT_TRANSPORT_SECURITY } from "../static-security-headers";
import { forwardRequestHeaders } from "./forward-request-headers";
import { isNextDevelopment } from "./next-mode-env";
import { pageSecuritySettings, type PageSecuritySettings, type SecurityEnv } from "./page-security-settings";

type Proxy<R extends Response> = (request: NextRequest) => R | Promise<R>;

/**
 * Wraps an app's page proxy (`export const proxy = withSecurityHeaders(auth.proxy, env);`): a fresh nonce per
 * request, its Content-Security-Policy on the request (Next reads the nonce from there for its own scripts) and on
 * the answer, and HSTS over https. No I/O: the env is read once, on the first request (never at build).
 */
export function withSecurityHeaders<R extends Response>(inner: Proxy<R>, readEnv: () => SecurityEnv): Proxy<R> {
  let settings: PageSecuritySettings | undefined;

  return async function proxy(request) {
    settings ??= pageSecuritySettings(readEnv(), { development: isNextDevelopment() });
    const policy = buildPagePolicy({ ...settings.policy, nonce: createNonce() });
    const response = await inner(request);
    forwardRequestHeaders(request, response, { "content-security-policy": policy });
    response.headers.set("Content-Security-Policy", policy);
    if (settings.https) response.headers.set(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
    return response;
  };
}
