import { describeFee } from "./describe-fee";
import { describeRequirements } from "./describe-requirement";
import { LinkOutButton } from "./link-out-button";
import { PayoutSetupForm } from "./payout-setup-form";
import "./styles/page.css";

/** A payout account as the kernel's `payouts.loadPayoutAccount` reads it (plain data: this package knows no Stripe). */
export interface GetPaidView {
  cardPaymentsAvailable: boolean;
  account: { status: "details_needed" | "pending_verification" | "payouts_enabled"; requirementsDue: readonly string[] } | null;
  choices: { countries: readonly { code: string; name: string }[]; businessTypes: readonly { value: string; label: string }[] };
  fee: { percent: number; fixedCents: number };
}

export interface GetPaidPanelProps {
  business: { id: string; name: string };
  view: GetPaidView;
  /** Back from Stripe's onboarding just now (its return URL): says where that left things. */
  returned: boolean;
}

const statusWords = {
  details_needed: "Details needed",
  pending_verification: "Stripe is checking your details",
  payouts_enabled: "Payouts are on",
} as const;

/**
 * The "Get paid" panel of an owner area: what card payments mean for this business's money, its payout account's
 * state in words, and the one next step (set up, continue with Stripe, or open the Stripe dashboard).
 */
export function GetPaidPanel({ business, view, returned }: GetPaidPanelProps) {
  const { account } = view;
  if (!view.cardPaymentsAvailable) {
    return (
      <p className="sl-notice">
        Card payments are not set up here yet, so there is nothing to pay out. Everything that needs no card payment keeps working.
      </p>
    );
  }
  if (!account) {
    return (
      <section className="sl-panel sl-stack" aria-label="Set up payouts">
        <p style={{ margin: 0 }}>
          Card payments for {business.name} are paid into your own bank account by Stripe, our payment partner; SteppersLife keeps{" "}
          {describeFee(view.fee)} of each. Until payouts are set up, card payments for {business.name} are off (paying at pickup and
          free tickets keep working). Tell us where the business is and what kind it is; Stripe asks the rest on its own secure pages.
        </p>
        <PayoutSetupForm businessId={business.id} countries={view.choices.countries} businessTypes={view.choices.businessTypes} />
      </section>
    );
  }
  const due = describeRequirements(account.requirementsDue);
  return (
    <section className="sl-panel sl-stack" aria-label="Payout account">
      <p role="status" style={{ margin: 0 }}>
        <strong>{statusWords[account.status]}</strong>
      </p>
      {account.status === "payouts_enabled" ? (
        <>
          <p style={{ margin: 0 }}>
            Card payments for {business.name} go to your own Stripe account, less SteppersLife&apos;s {describeFee(view.fee)}, and
            Stripe pays them out to your bank.
          </p>
          <LinkOutButton url="/api/owner/payout-account/dashboard-link" body={{ businessId: business.id }} label="Open your Stripe dashboard" />
        </>
      ) : null}
      {account.status === "pending_verification" ? (
        <p style={{ margin: 0 }}>
          You have given Stripe everything it asked for. Checks usually take minutes, sometimes a day or two; this page shows the result.
        </p>
      ) : null}
      {account.status === "details_needed" ? (
        <>
          <p style={{ margin: 0 }}>
            {returned ? "You left Stripe's pages before finishing. " : ""}
            Card payments for {business.name} stay off until Stripe has {due.length ? "these details" : "your details"}.
          </p>
          {due.length ? (
            <ul style={{ margin: 0 }}>
              {due.map((words) => (
                <li key={words}>{words}</li>
              ))}
            </ul>
          ) : null}
          <div>
            <a className="sl-btn" href={`/api/owner/payout-account/onboarding?businessId=${encodeURIComponent(business.id)}`}>
              Continue with Stripe
            </a>
          </div>
        </>
      ) : null}
    </section>
  );
}

