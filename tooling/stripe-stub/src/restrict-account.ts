import { buildRequirements } from "./build-requirements";
import type { EmitEvent } from "./complete-checkout";
import type { StubConnectedAccount } from "./connect-types";
import { StubApiError, type AccountState } from "./stub-types";

/**
 * What Stripe does when it needs more from an onboarded business (an identity document, say): the account can no
 * longer take charges or receive transfers and payouts until it is provided; `account.updated` tells the platform.
 */
export async function restrictAccount({
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
  const who = account.business_type === "individual" || account.business_type === null ? "individual" : "representative";
  const changes = {
    capabilities: Object.fromEntries(Object.keys(account.capabilities).map((name) => [name, "inactive"])) as StubConnectedAccount["capabilities"],
    charges_enabled: false,
    payouts_enabled: false,
    requirements: buildRequirements([`${who}.verification.document`]),
  };
  const previous = Object.fromEntries(Object.entries(changes).map(([field]) => [field, structuredClone(account[field])]));
  Object.assign(account, changes);
  await emit(state, "account.updated", account, { account: account.id, previousAttributes: previous });
  return account;
}
