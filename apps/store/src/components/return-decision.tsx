"use client";

import { FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

export interface ReturnDecisionProps {
  returnId: string;
  /** "$120" — what approving refunds. */
  refundLabel: string;
  /** Approved already, its refund not through yet (Stripe was down): the one button retries it. */
  refundPending: boolean;
}

/**
 * The shop's answer to a return: approve (refunds the items' price from this shop's part, and by default puts them
 * back into stock) or decline with a reason the buyer reads. The page re-reads after either.
 */
export function ReturnDecision({ returnId, refundLabel, refundPending }: ReturnDecisionProps) {
  const router = useRouter();
  const [restock, setRestock] = useState(true);
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const failure = useFormFailure();

  async function send(path: "approval" | "decline", body: unknown, fallback: string) {
    failure.clear();
    setBusy(true);
    try {
      await ownerRequest(`/api/owner/returns/${returnId}/${path}`, "POST", body);
      router.refresh();
    } catch (error) {
      failure.fail(error, fallback);
    }
    setBusy(false);
  }

  const approve = (event: FormEvent) => {
    event.preventDefault();
    void send("approval", { restock }, "The refund did not go through. Please try again.");
  };
  const decline = (event: FormEvent) => {
    event.preventDefault();
    void send("decline", { note }, "Your answer was not sent. Please try again.");
  };

  if (refundPending) {
    return (
      <form className="sl-stack st-decision" onSubmit={approve} aria-label="Finish the refund">
        <p style={{ margin: 0 }}>Approved; the refund of {refundLabel} has not gone through yet.</p>
        <FormAlert message={failure.message([])} />
        <div>
          <button className="sl-btn" type="submit" disabled={busy}>{busy ? "Refunding…" : `Refund ${refundLabel} now`}</button>
        </div>
      </form>
    );
  }
  return (
    <div className="sl-stack st-decision">
      <form className="st-decision__row" onSubmit={approve} aria-label="Approve the return">
        <label className="sl-check">
          <input type="checkbox" checked={restock} onChange={(event) => setRestock(event.target.checked)} />
          Put the items back into stock
        </label>
        <button className="sl-btn" type="submit" disabled={busy}>{busy && !declining ? "Refunding…" : `Approve and refund ${refundLabel}`}</button>
        {!declining ? (
          <button className="sl-btn sl-btn--ghost" type="button" onClick={() => setDeclining(true)} disabled={busy}>Decline…</button>
        ) : null}
      </form>
      {declining ? (
        <form className="sl-stack sl-form" onSubmit={decline} aria-label="Decline the return">
          <label className="sl-field">
            Why not? The buyer reads this.
            <textarea value={note} rows={2} maxLength={500} onChange={(event) => setNote(event.target.value)} {...failure.inputProps("note")} />
            {failure.errorFor("note")}
          </label>
          <div className="st-decision__row">
            <button className="sl-btn sl-btn--danger" type="submit" disabled={busy}>Decline the return</button>
            <button className="sl-btn sl-btn--ghost" type="button" onClick={() => setDeclining(false)} disabled={busy}>Keep it open</button>
          </div>
        </form>
      ) : null}
      <FormAlert message={failure.message(["note"])} />
    </div>
  );
}
