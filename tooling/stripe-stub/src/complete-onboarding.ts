import { buildRequirements } from "./build-requirements";
import type { EmitEvent } from "./complete-checkout";
import type { StubConnectedAccount } from "./connect-types";
import { StubApiError, type AccountState } from "./stub-types";

/**
 * What finishing Stripe's hosted onboarding does: details submitted, nothing left due, the requested capabilities
 * active, charges and payouts enabled; then `account.updated` as a Connect event. An account that is already in
 * that state is left alone and nothing is sent.
 */
export async function completeOnboarding({
  state,
  accountId,
  emit,
}: {
  state: AccountState;
  accountId: string;
  emit: EmitEvent;
}): Promise<StubConnectedAccount> {
  const account = state.connectedAccounts.get(accountId);
  if (!account) throw new StubApiError(404, "invalid_request_error", `No such account: '${accountId}'`, { code: "resource_missing" });
  const capabilities = Object.fromEntries(Object.keys(account.capabilities).map((name) => [name, "active"])) as StubConnectedAccount["capabilities"];
  const changes = {
    capabilities,
    charges_enabled: capabilities.card_payments === "active",
    details_submitted: true,
    payouts_enabled: true,
    requirements: buildRequirements([]),
  };
  const previous = Object.fromEntries(Object.entries(changes).map(([field]) => [field, structuredClone(account[field])]));
  if (JSON.stringify(previous) === JSON.stringify(changes)) return account;
  // The terms are accepted once, on the first completion.
  if (!account.details_submitted) {
    account.tos_acceptance = { date: Math.floor(Date.now() / 1000), ip: "127.0.0.1", user_agent: "stripe-stub onboarding" };
  }
  Object.assign(account, changes);
  await emit(state, "account.updated", account, { account: account.id, previousAttributes: previous });
  return account;
}
