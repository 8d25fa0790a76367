/**
 * Every value the Cookie header carries for `name`, in the browser's order. A browser sends two cookies of the same
 * name when it holds both the shared Domain cookie and an old host-only one; a name-keyed map (next/headers
 * cookies(), request.cookies) would keep only one of them, possibly the dead one.
 */
export function readCookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    let value = pair.slice(separator + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (value && !values.includes(value)) values.push(value);
  }
  return values;
}
