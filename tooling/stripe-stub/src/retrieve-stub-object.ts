import { stubCollections } from "./stub-collections";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

// Stripe names the object in its not-found message: "No such payment_intent: 'pi_…'".
const objectNames: Record<string, string> = {
  payment_intents: "payment_intent",
  charges: "charge",
  refunds: "refund",
  accounts: "account",
  transfers: "transfer",
  application_fees: "application fee",
  balance_transactions: "balance transaction",
  disputes: "dispute",
};

/** `GET /v1/<collection>/:id` for this platform's objects; another platform's id is as unknown as a made-up one. */
export function retrieveStubObject({ state, collection, id }: { state: AccountState; collection: string; id: string }): StripeObject | undefined {
  if (!(collection in objectNames)) return undefined;
  const found = stubCollections(state)[collection]?.get(id);
  if (!found) throw new StubApiError(404, "invalid_request_error", `No such ${objectNames[collection]}: '${id}'`, { code: "resource_missing" });
  return found;
}
