/** One response header. */
export interface HeaderEntry {
  key: string;
  value: string;
}

/**
 * Only over https (the app's PUBLIC_PROTOCOL, read at run time): it tells browsers to refuse plain http for a year,
 * for the root domain and every subdomain (the verticals), which production always serves behind TLS.
 */
export const STRICT_TRANSPORT_SECURITY: HeaderEntry = {
  key: "Strict-Transport-Security",
  value: "max-age=31536000; includeSubDomains",
};
