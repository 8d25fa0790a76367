/**
 * Turns Stripe's form encoding (`line_items[0][price_data][unit_amount]=1250`) back into nested objects and
 * arrays, the way Stripe's servers read what the SDK sends.
 */
export function decodeFormBody(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const path = keyPath(key);
    let node: Record<string, unknown> = root;
    path.forEach((name, index) => {
      // `expand[]=a&expand[]=b` (curl and qs style) appends, as Stripe reads it.
      const segment = name === "" && index > 0 ? String(Object.keys(node).length) : name;
      if (index === path.length - 1) {
        node[segment] = value;
        return;
      }
      const next = node[segment];
      if (typeof next !== "object" || next === null) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return arraysFromIndexedObjects(root) as Record<string, unknown>;
}

function keyPath(key: string): string[] {
  const head = key.split("[", 1)[0] ?? key;
  const rest = [...key.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? "");
  return [head, ...rest];
}

// `a[0]`, `a[1]` arrive as object keys "0", "1"; Stripe treats them as an array.
function arraysFromIndexedObjects(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arraysFromIndexedObjects(v)] as const);
  const indexed = entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k));
  if (!indexed) return Object.fromEntries(entries);
  return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
}
