// Isomorphic: the page policy and HSTS, for the proxy (the fixed headers are in @stepperslife/next-config). The proxy wrapper is in "./server".
export { buildPagePolicy, type PagePolicyOptions } from "./content-security-policy";
export { createNonce } from "./create-nonce";
export { parseContentSecurityPolicy } from "./parse-content-security-policy";
export { STRICT_TRANSPORT_SECURITY, type HeaderEntry } from "./static-security-headers";
