import { AppError } from "@stepperslife/http";
import Stripe from "stripe";

/**
 * Turns Stripe's failures that a person can act on into AppErrors (try again, start over); programming and
 * configuration errors (bad parameters, a wrong key) stay as they are and become a logged 500.
 */
export function toPaymentsError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  if (error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError) {
    return new AppError("bad_gateway", "Card payments are not reachable right now. Please try again in a moment.", { cause: error });
  }
  if (error instanceof Stripe.errors.StripeRateLimitError) {
    return new AppError("unavailable", "Card payments are busy right now. Please try again in a moment.", { cause: error, headers: { "retry-after": "5" } });
  }
  if (error instanceof Stripe.errors.StripeIdempotencyError) {
    return new AppError("conflict", "This payment was already started with different details. Please start checkout again.", { cause: error });
  }
  if (error.statusCode === 404) return new AppError("not_found", "That payment does not exist.", { cause: error });
  return error;
}
