import { z } from "zod";

/**
 * Variables that only make sense as a set (e.g. the three Stripe keys). createEnv reads this
 * registry, so a fragment stays a plain zod shape that apps can spread into theirs.
 */
export const requiredTogether = z.registry<{ group: string }>();

export function inGroup<T extends z.ZodType>(group: string, schema: T): T {
  requiredTogether.add(schema, { group });
  return schema;
}
