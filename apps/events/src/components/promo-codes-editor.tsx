"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton, ownerRequest } from "@stepperslife/ui/client";

export interface EditablePromoCode {
  id: string;
  code: string;
  kind: "percent" | "amount";
  value: number;
  maxUses: number | null;
  uses: number;
  validUntil: string | null;
}

/** The event's promo codes with their uses, and a form to add one (percent or dollar amount, cap, end date). */
export function PromoCodesEditor({ eventId, promoCodes }: { eventId: string; promoCodes: EditablePromoCode[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState({ code: "", kind: "percent" as "percent" | "amount", value: "", maxUses: "", validUntil: "" });
  const [error, setError] = useState<string | null>(null);

  async function add() {
    setError(null);
    try {
      await ownerRequest(`/api/owner/events/${eventId}/promo-codes`, "POST", {
        code: draft.code,
        kind: draft.kind,
        value: draft.kind === "percent" ? Number(draft.value) : Math.round(Number(draft.value) * 100),
        maxUses: draft.maxUses ? Number(draft.maxUses) : null,
        validUntil: draft.validUntil ? new Date(`${draft.validUntil}T23:59:59`).toISOString() : null,
      });
      setDraft({ code: "", kind: "percent", value: "", maxUses: "", validUntil: "" });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The promo code could not be added.");
    }
  }

  return (
    <section className="ev-stack" style={{ gap: "0.75rem" }} aria-labelledby="promo-codes">
      <h2 id="promo-codes" style={{ margin: 0 }}>
        Promo codes
      </h2>
      {promoCodes.length === 0 ? <p className="ev-muted">No promo codes.</p> : null}
      <ul className="ev-stack" style={{ gap: "0.4rem", padding: 0, listStyle: "none" }}>
        {promoCodes.map((promo) => (
          <li key={promo.id} className="ev-row">
            <strong className="ev-code">{promo.code}</strong>
            <span>{promo.kind === "percent" ? `${promo.value}% off` : `$${(promo.value / 100).toFixed(2)} off`}</span>
            <span className="ev-muted">
              used {promo.uses}
              {promo.maxUses === null ? "" : ` of ${promo.maxUses}`}
              {promo.validUntil ? ` · until ${promo.validUntil.slice(0, 10)}` : ""}
            </span>
            <ActionButton url={`/api/owner/promo-codes/${promo.id}`} method="DELETE" label="Remove" className="ev-btn ev-btn--ghost" />
          </li>
        ))}
      </ul>
      <form className="ev-filters" aria-label="Add a promo code" onSubmit={(submit) => (submit.preventDefault(), void add())}>
        <label>
          Code
          <input value={draft.code} onChange={(change) => setDraft({ ...draft, code: change.target.value })} required />
        </label>
        <label>
          Kind
          <select value={draft.kind} onChange={(change) => setDraft({ ...draft, kind: change.target.value as "percent" | "amount" })}>
            <option value="percent">Percent off</option>
            <option value="amount">Dollars off</option>
          </select>
        </label>
        <label>
          {draft.kind === "percent" ? "Percent" : "Dollars"}
          <input type="number" min="1" step={draft.kind === "percent" ? "1" : "0.01"} value={draft.value} onChange={(change) => setDraft({ ...draft, value: change.target.value })} required />
        </label>
        <label>
          Max uses
          <input type="number" min="1" value={draft.maxUses} onChange={(change) => setDraft({ ...draft, maxUses: change.target.value })} />
        </label>
        <label>
          Valid until
          <input type="date" value={draft.validUntil} onChange={(change) => setDraft({ ...draft, validUntil: change.target.value })} />
        </label>
        <button type="submit" className="ev-btn">
          Add promo code
        </button>
      </form>
      {error ? (
        <p role="alert" className="ev-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
