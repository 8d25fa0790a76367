import "server-only";

export type { StripeWebhookDomain } from "./create-stripe-webhook-route";
export { defineVertical } from "./define-vertical";
export type {
  CheckoutExpirer,
  ContractLoaders,
  Refunder,
  Vertical,
  VerticalClient,
  VerticalClientClass,
  VerticalOptions,
  VerticalRoutes,
} from "./vertical-types";
