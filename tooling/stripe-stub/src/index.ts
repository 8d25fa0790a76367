export { startStripeStub, type StripeStub, type StripeStubOptions } from "./start-stripe-stub";
export { stubAccountsSchema } from "./stub-accounts-schema";
export type { StubAccount, WebhookDelivery } from "./stub-types";
