import "server-only";

export type { VerticalCheckout } from "./create-vertical-checkout";
export { defineVertical } from "./define-vertical";
// What domain code queues its emails with, in the transaction of the write that causes them; the kernel's worker sends them.
export { enqueueEmail, type EnqueueEmailOptions, type JobHandler } from "@stepperslife/jobs";
export { notifyDisputedPayment } from "./notify-disputed-payment";
// What a vertical writes its order steps against (`vertical.checkout(domain)`).
export type { CheckoutDomain, CheckoutOrder, MarkPaidOutcome } from "@stepperslife/payments";
export type {
  CheckoutExpirer,
  ContractLoaders,
  Refunder,
  ShareRefunder,
  Vertical,
  VerticalClient,
  VerticalClientClass,
  VerticalOptions,
  VerticalRoutes,
} from "./vertical-types";
