/** The Cookie header minus every `name=...` pair; null when nothing is left. */
export function withoutCookie(cookieHeader: string, name: string): string | null {
  const kept = cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "" && pair.slice(0, Math.max(pair.indexOf("="), 0)).trim() !== name);
  return kept.length > 0 ? kept.join("; ") : null;
}
