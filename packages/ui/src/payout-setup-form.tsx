"use client";

import { useState } from "react";
import { FormAlert } from "./form-alert";
import { ownerRequest } from "./owner-request";
import { failureMessage } from "./request-error";
import "./styles/page.css";

export interface PayoutSetupFormProps {
  businessId: string;
  countries: readonly { code: string; name: string }[];
  businessTypes: readonly { value: string; label: string }[];
}

/** Where the business is and what kind it is (all Stripe needs to open the account), then on to Stripe's own pages. */
export function PayoutSetupForm({ businessId, countries, businessTypes }: PayoutSetupFormProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="sl-stack sl-form"
      onSubmit={async (submit) => {
        submit.preventDefault();
        const form = new FormData(submit.currentTarget);
        setBusy(true);
        setError(null);
        try {
          const { url } = await ownerRequest<{ url: string }>("/api/owner/payout-account", "POST", {
            businessId,
            country: form.get("country"),
            businessType: form.get("businessType"),
          });
          window.location.assign(url);
        } catch (failure) {
          setError(failureMessage(failure, "Stripe could not be reached. Please try again."));
          setBusy(false);
        }
      }}
    >
      <label>
        Country of the business
        <select name="country" defaultValue={countries[0]?.code}>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Kind of business</legend>
        {businessTypes.map(({ value, label }, index) => (
          <label key={value} className="sl-check">
            <input type="radio" name="businessType" value={value} defaultChecked={index === 0} /> {label}
          </label>
        ))}
      </fieldset>
      <FormAlert message={error} />
      <div>
        <button className="sl-btn" type="submit" disabled={busy}>
          {busy ? "Opening Stripe…" : "Set up payouts with Stripe"}
        </button>
      </div>
    </form>
  );
}
