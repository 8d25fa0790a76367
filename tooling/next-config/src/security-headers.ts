// Plain values (no Next types), so tests outside the apps can compare answers with them.

/** The same on every answer (pages, API routes, static files), so they are fixed at build. */
export const STATIC_SECURITY_HEADERS = [
  // frame-ancestors 'none' says the same to browsers that know CSP; this is for the ones that don't.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
] as const;

/** API answers are data, never a document to run: nothing loads from them, nothing frames them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
