import { z } from "zod";

/** What .env.example says about a variable; attached with zod's `.meta()`. */
export type EnvDoc = {
  description: string;
  example: string;
};

/** A string that must parse as a URL with one of `schemes` (e.g. `["postgres:", "postgresql:"]`). */
export function urlWithScheme(schemes: readonly string[], expected: string) {
  return z.string({ error: expected }).refine((value) => hasScheme(value, schemes), { error: expected });
}

function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}

const truthy = new Set(["true", "1", "yes", "on"]);
const falsy = new Set(["false", "0", "no", "off"]);

/** `true`/`false` (also 1/0, yes/no, on/off, any case) as a boolean. */
export function booleanString(expected = "expected true or false") {
  return z
    .string({ error: expected })
    .toLowerCase()
    .refine((value) => truthy.has(value) || falsy.has(value), { error: expected })
    .transform((value) => truthy.has(value));
}

/** A string with a fixed prefix, e.g. Stripe's `sk_`; the value itself never reaches a message. */
export function prefixedSecret(prefix: string, what: string) {
  const expected = `expected ${what} starting with ${prefix}`;
  return z.string({ error: expected }).refine((value) => value.startsWith(prefix) && value.length > prefix.length + 8, {
    error: expected,
  });
}
