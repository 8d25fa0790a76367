/**
 * Turns a package.json `exports` value into a subpath → target map, following
 * Node's shorthands: a string/array or a conditions object means { ".": value }.
 * Returns null when there is no `exports` field.
 */
export function normaliseExports(exportsField: unknown): Map<string, unknown> | null {
  if (exportsField === undefined) return null;
  if (exportsField === null || typeof exportsField !== "object" || Array.isArray(exportsField)) {
    return new Map([[".", exportsField]]);
  }
  const entries = Object.entries(exportsField);
  const isSubpathMap = entries.length > 0 && entries.every(([key]) => key.startsWith("."));
  return isSubpathMap ? new Map(entries) : new Map([[".", exportsField]]);
}

/**
 * Whether `subpath` ("." or "./server") is importable through `exportsMap`.
 * Exact keys win; otherwise the wildcard key with the longest prefix decides
 * (as in Node; `*` must match at least one character), and a null target means "explicitly not exported".
 */
export function isSubpathExported(exportsMap: Map<string, unknown>, subpath: string): boolean {
  if (exportsMap.has(subpath)) return exportsMap.get(subpath) !== null;
  let bestPrefixLength = -1;
  let bestTarget: unknown = null;
  for (const [key, target] of exportsMap) {
    const star = key.indexOf("*");
    if (star === -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    const matches =
      subpath.length > prefix.length + suffix.length && subpath.startsWith(prefix) && subpath.endsWith(suffix);
    if (matches && prefix.length > bestPrefixLength) {
      bestPrefixLength = prefix.length;
      bestTarget = target;
    }
  }
  return bestPrefixLength >= 0 && bestTarget !== null;
}
