import { z } from "zod";

// Form-encoded values arrive as strings; these read them the way Stripe does.

export const integer = z.string().regex(/^-?\d+$/, "expected an integer").transform(Number);
export const positiveAmount = integer.pipe(z.number().int().min(1));
export const boolean = z.enum(["true", "false"], "expected true or false").transform((value) => value === "true");
export const httpUrl = z.url({ protocol: /^https?$/ });
export const currency = z.string().regex(/^[a-z]{3}$/, "expected a three-letter ISO currency code in lower case");
// The SDK sends `metadata=` (empty) to mean "no metadata".
export const metadata = z.union([z.literal("").transform(() => ({})), z.record(z.string(), z.string().max(500))]);
export const expand = z.array(z.string());
