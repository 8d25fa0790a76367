import { stubCollections } from "./stub-collections";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

/**
 * Stripe's `expand[]`: each dotted path names an id field to replace by the object it points at
 * (`latest_charge`, `latest_charge.balance_transaction`, `data.source` on a list). Works on a copy, so the
 * stored objects keep their ids. A path the stub cannot resolve is refused as Stripe refuses one.
 */
export function expandResponse({ state, body, paths }: { state: AccountState; body: unknown; paths: readonly string[] }): unknown {
  if (paths.length === 0 || typeof body !== "object" || body === null) return body;
  const copy = structuredClone(body);
  const collections = Object.values(stubCollections(state));
  const find = (id: string): StripeObject | undefined => {
    for (const collection of collections) {
      const found = collection.get(id);
      if (found) return found;
    }
    return state.sessions.get(id)?.session;
  };
  for (const path of paths) expandAt(copy, path.split("."), path, find);
  return copy;
}

function expandAt(node: unknown, segments: string[], path: string, find: (id: string) => StripeObject | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) expandAt(item, segments, path, find);
    return;
  }
  const [field, ...rest] = segments;
  if (typeof node !== "object" || node === null || field === undefined) return;
  const record = node as Record<string, unknown>;
  const value = record[field];
  if (value === null) return;
  if (typeof value === "string") {
    const found = find(value);
    if (!found) throw new StubApiError(400, "invalid_request_error", `This property cannot be expanded (${path}).`, { param: "expand" });
    record[field] = structuredClone(found);
  } else if (typeof value !== "object") {
    throw new StubApiError(400, "invalid_request_error", `This property cannot be expanded (${path}).`, { param: "expand" });
  }
  if (rest.length > 0) expandAt(record[field], rest, path, find);
}
