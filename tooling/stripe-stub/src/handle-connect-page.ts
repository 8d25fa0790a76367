import type { EmitEvent } from "./complete-checkout";
import { completeOnboarding } from "./complete-onboarding";
import { renderExpressDashboardPage } from "./render-express-dashboard-page";
import { renderOnboardingPage } from "./render-onboarding-page";
import type { AccountState, StubPageAnswer } from "./stub-types";

const html = { "content-type": "text/html; charset=utf-8" };
const notFound = (what: string): StubPageAnswer => ({
  status: 404,
  headers: html,
  body: `<!doctype html><title>Test Connect</title><h1>No such ${what}</h1>`,
});

/**
 * The browser side of Connect. `/connect/onboarding/<token>`: GET shows the onboarding page, POST completes it and
 * sends the browser to return_url (303); a used or expired link goes to refresh_url instead, as Stripe's do.
 * `/connect/express/<acct>`: the Express dashboard a login link opens. Answers undefined for any other path.
 */
export async function handleConnectPage({
  method,
  pathname,
  states,
  emit,
}: {
  method: string;
  pathname: string;
  states: Iterable<AccountState>;
  emit: EmitEvent;
}): Promise<StubPageAnswer | undefined> {
  const onboarding = /^\/connect\/onboarding\/([^/]+)$/.exec(pathname)?.[1];
  const express = /^\/connect\/express\/([^/]+)$/.exec(pathname)?.[1];
  if (onboarding === undefined && express === undefined) return undefined;
  if (method !== "GET" && method !== "HEAD" && !(onboarding && method === "POST")) {
    return { status: 405, headers: { ...html, allow: onboarding ? "GET, POST" : "GET" }, body: "Method not allowed" };
  }
  if (express !== undefined) {
    const accountId = decodeURIComponent(express);
    const state = [...states].find((candidate) => candidate.connectedAccounts.has(accountId));
    const account = state?.connectedAccounts.get(accountId);
    if (!state || !account) return notFound("Express account");
    const transfers = [...state.transfers.values()].filter((transfer) => transfer.destination === accountId).reverse();
    const fees = new Map<string, number>();
    for (const fee of state.applicationFees.values()) {
      const transfer = state.charges.get(fee.originating_transaction)?.transfer;
      if (transfer) fees.set(transfer, fee.amount - fee.amount_refunded);
    }
    return { status: 200, headers: html, body: renderExpressDashboardPage({ account, transfers, fees }) };
  }
  const token = decodeURIComponent(onboarding ?? "");
  const state = [...states].find((candidate) => candidate.accountLinks.has(token));
  const link = state?.accountLinks.get(token);
  const account = link && state?.connectedAccounts.get(link.account);
  if (!state || !link || !account) return notFound("onboarding link");
  if (link.used || link.expiresAt <= Date.now() / 1000) return { status: 303, headers: { location: link.refreshUrl }, body: "" };
  if (method !== "POST") return { status: 200, headers: html, body: renderOnboardingPage({ account, link }) };
  link.used = true;
  await completeOnboarding({ state, accountId: account.id, emit });
  return { status: 303, headers: { location: link.returnUrl }, body: "" };
}
