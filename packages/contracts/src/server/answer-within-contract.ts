import type { z } from "zod";

/**
 * How long shared caches may keep an answer. The portal asks server-side with no cache, but a CDN in front of a
 * vertical may absorb bursts of public feed/search traffic; per-person answers must never be stored anywhere.
 */
export type ContractCachePolicy = "public-short" | "private";

const cacheControl: Record<ContractCachePolicy, string> = {
  "public-short": "public, max-age=0, s-maxage=30, stale-while-revalidate=30",
  private: "private, no-store",
};

/**
 * Sends `body` only if it satisfies the contract `schema` and every item belongs to `app`. A vertical that builds a
 * malformed item must fail loudly on its own side (a 500 logged by the route wrapper with the issues) rather than
 * hand the portal something it would have to throw away.
 */
export function answerWithinContract<Schema extends z.ZodType<{ app: string; items: { app: string }[] }>>(options: {
  schema: Schema;
  body: z.input<Schema>;
  app: string;
  path: string;
  cache: ContractCachePolicy;
}): Response {
  const { schema, body, app, path, cache } = options;
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    throw new Error(`${app} ${path} answered outside the contract: ${issues}`);
  }
  const foreign = result.data.items.find((item) => item.app !== app);
  if (foreign) throw new Error(`${app} ${path} answered an item of "${foreign.app}"; each app answers only its own items`);
  return Response.json(result.data, { headers: { "cache-control": cacheControl[cache] } });
}
