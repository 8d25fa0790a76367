import type Stripe from "stripe";
import type { Payments } from "../create-payments";
import type { WebhookHandlers } from "../run-webhook-handler";
import type { ConnectedAccountStore } from "./create-connected-account-store";
import { refreshConnectedAccount } from "./refresh-connected-account";

/** The Connect events every vertical answers: a business's account changed at Stripe (onboarding, verification, a hold). */
export function connectedAccountHandlers({ payments, store }: { payments: Payments; store: () => ConnectedAccountStore }): WebhookHandlers {
  return {
    async "account.updated"(event) {
      const accountId = (event.data.object as Stripe.Account).id;
      return (await refreshConnectedAccount(payments, store(), accountId)) ? "processed" : "ignored";
    },
  };
}
