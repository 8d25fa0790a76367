import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Anything unusable is dropped rather than refused: a sign-in page always renders.
const signInQuery = z.object({
  callbackUrl: z.preprocess(first, z.string().max(4096).optional()).catch(undefined),
  error: z.preprocess(first, z.string().regex(/^[A-Za-z]{1,40}$/).optional()).catch(undefined),
  retryAfter: z.preprocess(first, z.coerce.number().int().min(1).max(24 * 60 * 60).optional()).catch(undefined),
});

/** The sign-in pages' query: where to go afterwards, and what went wrong last time. */
export function readSignInQuery(searchParams: SearchParams): z.infer<typeof signInQuery> {
  return signInQuery.parse(searchParams);
}
