import { z } from "zod";

// Form-encoded values arrive as strings; these read them the way Stripe does.

export const integer = z.string().regex(/^-?\d+$/, "expected an integer").transform(Number);
export const positiveAmount = integer.pipe(z.number().int().min(1));
export const boolean = z.enum(["true", "false"], "expected true or false").transform((value) => value === "true");
export const httpUrl = z.url({ protocol: /^https?$/ });
export const currency = z.string().regex(/^[a-z]{3}$/, "expected a three-letter ISO currency code in lower case");
// The SDK sends `metadata=` (empty) to mean "no metadata". Stripe's limits: 50 keys of up to 40 characters, values up to 500.
export const metadata = z.union([
  z.literal("").transform(() => ({})),
  z
    .record(z.string().min(1).max(40, { error: "metadata keys can be at most 40 characters long" }), z.string().max(500))
    .refine((record) => Object.keys(record).length <= 50, { error: "metadata can have at most 50 keys" }),
]);
export const expand = z.array(z.string());
