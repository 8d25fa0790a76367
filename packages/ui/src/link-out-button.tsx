"use client";

import { useState } from "react";
import { FormAlert } from "./form-alert";
import { ownerRequest } from "./owner-request";
import { failureMessage } from "./request-error";

export interface LinkOutButtonProps {
  /** An owner route that answers `{ url }`: a one-time link elsewhere (Stripe's dashboard). */
  url: string;
  body: unknown;
  label: string;
  className?: string;
}

/** Asks for a one-time link, then goes there: such links expire within minutes, so none is put in the page. */
export function LinkOutButton({ url, body, label, className = "sl-btn" }: LinkOutButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="sl-stack" style={{ gap: "0.4rem" }}>
      <div>
        <button
          type="button"
          className={className}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              window.location.assign((await ownerRequest<{ url: string }>(url, "POST", body)).url);
            } catch (failure) {
              setError(failureMessage(failure, "That did not open. Please try again."));
              setBusy(false);
            }
          }}
        >
          {label}
        </button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}
