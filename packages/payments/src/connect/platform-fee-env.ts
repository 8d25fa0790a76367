import { z } from "zod";
import type { PlatformFeePolicy } from "./platform-fee";

const percentExpected = "expected a percentage from 0 to 100, e.g. 5 or 2.9";
const centsExpected = "expected a whole number of cents from 0 to 10000";

/**
 * An env fragment in the style of @stepperslife/env: each vertical's cut of its businesses' card payments (the
 * Stripe application fee), set per app. Defaults: 5 % and no fixed part.
 */
export const platformFeeEnv = {
  PLATFORM_FEE_PERCENT: z.coerce
    .number({ error: percentExpected })
    .min(0, { error: percentExpected })
    .max(100, { error: percentExpected })
    .default(5)
    .meta({
      description: "This app's percentage of each card payment, kept by the platform as Stripe's application fee; the business gets the rest.",
      example: "5",
    }),
  PLATFORM_FEE_FIXED_CENTS: z.coerce
    .number({ error: centsExpected })
    .int({ error: centsExpected })
    .min(0, { error: centsExpected })
    .max(10_000, { error: centsExpected })
    .default(0)
    .meta({ description: "A fixed amount in cents added to the percentage on each card payment (e.g. 30).", example: "0" }),
};

/** The fee settings as the checkout flow takes them. */
export function platformFeePolicy(env: { PLATFORM_FEE_PERCENT: number; PLATFORM_FEE_FIXED_CENTS: number }): PlatformFeePolicy {
  return { percent: env.PLATFORM_FEE_PERCENT, fixedCents: env.PLATFORM_FEE_FIXED_CENTS };
}
