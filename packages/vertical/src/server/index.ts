import "server-only";

export type { StripeWebhookDomain } from "./create-stripe-webhook-route";
export { defineVertical } from "./define-vertical";
// What domain code queues its emails with, in the transaction of the write that causes them; the kernel's worker sends them.
export { enqueueEmail, type EnqueueEmailOptions, type JobHandler } from "@stepperslife/jobs";
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
