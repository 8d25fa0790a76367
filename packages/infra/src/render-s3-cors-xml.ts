/**
 * The bucket CORS configuration s3rver reads at start: browsers on the given origins may PUT to presigned URLs,
 * sending any header (XHR adds Content-Type). Browsers never read from the bucket (the apps serve images through
 * their own routes), so no other method is allowed. CORS grants nothing a URL's signature does not already: a
 * write still needs a valid presigned URL, so `*` is safe for a dev server.
 */
export function renderS3CorsXml(allowedOrigins: readonly string[]): string {
  const origins = allowedOrigins.map((origin) => `<AllowedOrigin>${escapeXml(origin)}</AllowedOrigin>`).join("");
  return [
    `<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><CORSRule>`,
    origins,
    "<AllowedMethod>PUT</AllowedMethod>",
    "<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3600</MaxAgeSeconds>",
    "</CORSRule></CORSConfiguration>",
  ].join("");
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
