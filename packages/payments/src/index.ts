export type { CheckoutDomain, CheckoutOrder, CheckoutShare, DisputedPayment, MarkPaidOutcome, TransactionClientOf } from "./checkout-flow/checkout-domain";
export { createCheckoutFlow, type CheckoutFlow, type CheckoutFlowOptions } from "./checkout-flow/create-checkout-flow";
export { latePaymentRefundKey } from "./checkout-flow/late-payment-refund-key";
export { checkoutSessionHandlers } from "./checkout-session-handlers";
export { createCheckoutSession, type CheckoutLineItem, type CreateCheckoutSessionInput } from "./create-checkout-session";
export { createPayments, type Payments, type PaymentsConfig } from "./create-payments";
export {
  createWebhookEventStore,
  type FinishedOutcome,
  type RawSqlClient,
  type WebhookEventRecord,
  type WebhookEventStore,
  type WebhookOutcome,
} from "./create-webhook-event-store";
export { expireCheckoutSession } from "./expire-checkout-session";
export { handleStripeWebhook } from "./handle-stripe-webhook";
export { listWebhookEventsByMetadata, type WebhookEventSummary } from "./list-webhook-events-by-metadata";
export { assertCheckoutMatchesOrder, type PaidCheckout } from "./paid-checkout";
export { refundPayment } from "./refund-payment";
export { replayWebhookEvent } from "./replay-webhook-event";
export { retrieveCheckoutSession } from "./retrieve-checkout-session";
export type { WebhookHandlers } from "./run-webhook-handler";
export { toCheckoutSummary, type CheckoutSummary, type ShippingAddress } from "./to-checkout-summary";
export { verifyWebhookEvent } from "./verify-webhook-event";
export type { default as Stripe } from "stripe";
export { connectedAccountHandlers } from "./connect/connected-account-handlers";
export { createConnectedAccountStore, type ConnectedAccountRecord, type ConnectedAccountStore } from "./connect/create-connected-account-store";
export { createDashboardLink } from "./connect/create-dashboard-link";
export { payoutAccountStatus, type PayoutAccountStatus } from "./connect/payout-account-status";
export { platformFeeCents, type PlatformFeePolicy } from "./connect/platform-fee";
export { refreshConnectedAccount } from "./connect/refresh-connected-account";
export { BUSINESS_TYPES, createOnboardingLink, startOnboarding, type BusinessType, type StartOnboardingInput } from "./connect/start-onboarding";
export { platformFeeEnv, platformFeePolicy } from "./connect/platform-fee-env";
export { listBusinessPayouts } from "./ledger/list-business-payouts";
export type { PayoutDay, PayoutPayment, PayoutTotals } from "./ledger/group-payouts-by-day";
export { toPayoutsCsv } from "./ledger/to-payouts-csv";
export { transferToBusinesses, type BusinessShare, type BusinessTransfer } from "./split/transfer-to-businesses";
export { payBusinessShares } from "./split/pay-business-shares";
export { refundBusinessShare } from "./split/refund-business-share";
export { orderTransferGroup } from "./checkout-flow/order-transfer-group";
export { reverseBusinessTransfer, type BusinessTransferReversal } from "./split/reverse-business-transfer";
