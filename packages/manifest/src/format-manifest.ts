/** One value on one line, with a space inside braces and after each comma: how apps.json writes an app. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}

/**
 * apps.json's text for a manifest (its raw JSON, `$comment` included): the top level indented, each app on one line,
 * so that a diff of the file shows one line per app. The generator (`npm run new:vertical`) writes it this way.
 */
export function formatManifest(raw: { apps: unknown[] } & Record<string, unknown>): string {
  const lines = Object.entries(raw).map(([key, value]) =>
    key === "apps"
      ? `  "apps": [\n${raw.apps.map((app) => `    ${inline(app)}`).join(",\n")}\n  ]`
      : `  ${JSON.stringify(key)}: ${inline(value)}`,
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}
