import { z } from "zod";
import { parseStubParams } from "./parse-stub-params";
import { expand } from "./stub-params";
import { StubApiError, type AccountState } from "./stub-types";

/** `POST /v1/accounts/:id/login_links`: the Express dashboard of a connected account that has finished onboarding. */
export function createLoginLink({
  state,
  accountId,
  params,
  baseUrl,
}: {
  state: AccountState;
  accountId: string;
  params: Record<string, unknown>;
  baseUrl: string;
}) {
  parseStubParams(z.strictObject({ expand: expand.optional() }), params);
  const account = state.connectedAccounts.get(accountId);
  if (!account) throw new StubApiError(404, "invalid_request_error", `No such account: '${accountId}'`, { code: "resource_missing" });
  if (!account.details_submitted) {
    const message = `Cannot create a login link for an account that has not completed onboarding (${accountId}).`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "account" });
  }
  return { object: "login_link", created: Math.floor(Date.now() / 1000), url: `${baseUrl}/connect/express/${encodeURIComponent(accountId)}` };
}
