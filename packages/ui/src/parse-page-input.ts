import { peopleErrorMap, toSentence } from "@stepperslife/http";
import { notFound } from "next/navigation";
import type { z } from "zod";

/** What Next hands a page: `params` and `searchParams` are promises of plain records. */
export type PageParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A page's route params, validated: anything the schema refuses (`/orders/not-a-uuid`) is the 404 page, never a 500
 * from the database choking on it. `const { id } = await parseRouteParams(params, z.object({ id: z.uuid() }));`
 */
export async function parseRouteParams<Schema extends z.ZodType>(
  params: object | Promise<object>,
  schema: Schema,
): Promise<z.output<Schema>> {
  const result = schema.safeParse(await params);
  if (!result.success) notFound();
  return result.data;
}

/** One value per name, as a form's GET submit sends it: the first of repeated names, empty boxes as absent. */
function plainQuery(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) query[name] = first;
  }
  return query;
}

export interface ParsedSearchParams<T> {
  /** The filters to apply: every part the schema accepted (a bad one is dropped, not the whole search). */
  query: T;
  /** For the person, when something was dropped ("Some filters were not understood and were ignored: To."). */
  problem: string | null;
  /** Field name → what is wrong with it, to show next to the filter. */
  fields: Record<string, string>;
}

/**
 * A page's search params (filters, page numbers), validated with people's words on failure: the values the schema
 * refuses are left out and the rest still apply, so a hand-edited URL narrows less instead of failing. When even the
 * remainder is refused (a required value), `fallback` is used.
 */
export async function parseSearchParams<Schema extends z.ZodType>(
  searchParams: PageParams,
  schema: Schema,
  fallback: z.output<Schema>,
): Promise<ParsedSearchParams<z.output<Schema>>> {
  const query = plainQuery(await searchParams);
  const first = schema.safeParse(query, { error: peopleErrorMap });
  if (first.success) return { query: first.data, problem: null, fields: {} };
  const fields: Record<string, string> = {};
  // Names the page does not know (a tracking tag, an old link's filter) are dropped without a word: nothing was asked.
  const unknown = new Set<string>();
  for (const issue of first.error.issues) {
    if (issue.code === "unrecognized_keys") issue.keys.forEach((key) => unknown.add(key));
    const name = issue.path[0];
    if (issue.code === "unrecognized_keys" || typeof name !== "string" || name in fields) continue;
    fields[name] = toSentence(issue.message, issue.path);
  }
  const rest = Object.fromEntries(Object.entries(query).filter(([name]) => !(name in fields) && !unknown.has(name)));
  const second = schema.safeParse(rest);
  const said = Object.values(fields);
  const problem = said.length ? `Some filters were not understood and were ignored. ${said.join(" ")}` : null;
  if (!second.success) return { query: fallback, problem: problem ?? "Some filters were not understood and were ignored.", fields };
  return { query: second.data, problem, fields };
}
