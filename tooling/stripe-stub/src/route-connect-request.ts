import { createAccountLink } from "./create-account-link";
import { createApplicationFeeRefund } from "./create-application-fee-refund";
import { createConnectedAccount } from "./create-connected-account";
import { createLoginLink } from "./create-login-link";
import { createTransfer } from "./create-transfer";
import { createTransferReversal } from "./create-transfer-reversal";
import { listBalanceTransactions } from "./list-balance-transactions";
import { listTransfers } from "./list-transfers";
import type { AccountState } from "./stub-types";

/**
 * The Connect endpoints that create or list (retrieving one object is the generic `GET /v1/<collection>/:id`).
 * Answers undefined for a request that is not one of them.
 */
export function routeConnectRequest({
  method,
  path,
  params,
  state,
  baseUrl,
}: {
  method: string;
  path: string;
  params: Record<string, unknown>;
  state: AccountState;
  baseUrl: string;
}): unknown {
  const id = (pattern: RegExp) => {
    const match = pattern.exec(path)?.[1];
    return match === undefined ? undefined : decodeURIComponent(match);
  };
  if (method === "GET" && path === "/v1/balance_transactions") return listBalanceTransactions({ state, params });
  if (method === "GET" && path === "/v1/transfers") return listTransfers({ state, params });
  if (method === "GET") return undefined;
  if (method !== "POST") return undefined;
  if (path === "/v1/accounts") return createConnectedAccount({ state, params });
  if (path === "/v1/account_links") return createAccountLink({ state, params, baseUrl });
  if (path === "/v1/transfers") return createTransfer({ state, params });
  const loginLinkAccount = id(/^\/v1\/accounts\/([^/]+)\/login_links$/);
  if (loginLinkAccount) return createLoginLink({ state, accountId: loginLinkAccount, params, baseUrl });
  const reversedTransfer = id(/^\/v1\/transfers\/([^/]+)\/reversals$/);
  if (reversedTransfer) return createTransferReversal({ state, transferId: reversedTransfer, params });
  const refundedFee = id(/^\/v1\/application_fees\/([^/]+)\/refunds$/);
  if (refundedFee) return createApplicationFeeRefund({ state, feeId: refundedFee, params });
  return undefined;
}
