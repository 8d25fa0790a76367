export interface PagePolicyOptions {
  /** This response's nonce: Next reads it from the request's policy and puts it on its own scripts and styles. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and dev CSS arrives as inline style elements. */
  development: boolean;
  /** Served over https: any stray http:// subresource is upgraded instead of blocked as mixed content. */
  https: boolean;
  /** Other origins the page's scripts send requests to: the object store that takes presigned uploads, the fleet. */
  connectOrigins: readonly string[];
  /** Other origins pages show images from: the fleet's apps (the portal's feed), sign-in providers' avatars. */
  imageOrigins: readonly string[];
  /** Other origins forms post to, or are redirected to after posting (sign-out goes back to any fleet app). */
  formOrigins: readonly string[];
}

type Directive = readonly [name: string, ...sources: string[]];

/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (and what they load,
 * 'strict-dynamic'), nothing framing the page, no plugins, no <base> hijacking, forms only into the fleet.
 */
export function buildPagePolicy(options: PagePolicyOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  return serializePolicy([
    ["default-src", "'self'"],
    // 'self' only counts for browsers without 'strict-dynamic' (CSP 2), which ignore the nonce's trust chain.
    ["script-src", "'self'", nonce, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    // A nonce switches 'unsafe-inline' off, so dev (inline style elements) gets 'unsafe-inline' instead of the nonce.
    ["style-src", "'self'", options.development ? "'unsafe-inline'" : nonce],
    // React renders style={…} as style="" attributes in server HTML; they cannot carry a nonce and run no script.
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...options.imageOrigins],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...options.connectOrigins],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...options.formOrigins],
    ["frame-ancestors", "'none'"],
    ...(options.https ? [["upgrade-insecure-requests"] as const] : []),
  ]);
}

function serializePolicy(directives: readonly Directive[]): string {
  return directives.map(([name, ...sources]) => [name, ...new Set(sources)].join(" ")).join("; ");
}
