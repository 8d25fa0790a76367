import { z } from "zod";
import { newStubId } from "./new-stub-id";
import { parseStubParams } from "./parse-stub-params";
import { expand, httpUrl } from "./stub-params";
import { StubApiError, type AccountState } from "./stub-types";

const linkLifetimeSeconds = 300;
const fieldsChoice = z.enum(["currently_due", "eventually_due"]);

const linkParams = z.strictObject({
  account: z.string().min(1),
  type: z.string(),
  refresh_url: httpUrl,
  return_url: httpUrl,
  collect: fieldsChoice.optional(),
  collection_options: z.strictObject({ fields: fieldsChoice.optional(), future_requirements: z.enum(["include", "omit"]).optional() }).optional(),
  expand: expand.optional(),
});

/**
 * `POST /v1/account_links`: a single-use onboarding URL for one of this platform's connected accounts, valid for
 * five minutes like Stripe's. Its page sends the browser to return_url when done, to refresh_url once stale.
 */
export function createAccountLink({ state, params, baseUrl }: { state: AccountState; params: Record<string, unknown>; baseUrl: string }) {
  const input = parseStubParams(linkParams, params);
  if (input.type === "account_update") {
    const message = "You cannot create `account_update` links for Express accounts; send the business a login link instead.";
    throw new StubApiError(400, "invalid_request_error", message, { param: "type" });
  }
  if (input.type !== "account_onboarding") {
    const message = `Invalid type: must be one of account_onboarding or account_update (got \`${input.type}\`).`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "type", code: "parameter_invalid" });
  }
  if (!state.connectedAccounts.has(input.account)) {
    throw new StubApiError(400, "invalid_request_error", `No such account: '${input.account}'`, { param: "account", code: "resource_missing" });
  }
  const created = Math.floor(Date.now() / 1000);
  const token = newStubId("onb");
  const expiresAt = created + linkLifetimeSeconds;
  const link = { token, account: input.account, refreshUrl: input.refresh_url, returnUrl: input.return_url, expiresAt, used: false };
  state.accountLinks.set(token, link);
  return { object: "account_link", created, expires_at: expiresAt, url: `${baseUrl}/connect/onboarding/${token}` };
}
