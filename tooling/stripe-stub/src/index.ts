export { startStripeStub, type StripeStub, type StripeStubOptions } from "./start-stripe-stub";
export { stubAccountsSchema } from "./stub-accounts-schema";
export type { StubAccount, StripeObject, StubShippingDetails, StubShippingInput, WebhookDelivery } from "./stub-types";
export type { StubConnectedAccount } from "./connect-types";
