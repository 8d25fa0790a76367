"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton, ownerRequest } from "@stepperslife/ui/client";
import { PromoCodeEditForm } from "./promo-code-edit-form";
import { endOfDay, toLocalDay, type EditablePromoCode } from "./promo-code-draft";

export type { EditablePromoCode } from "./promo-code-draft";

/**
 * The event's promo codes with their uses, each editable in place (cap, validity) and switchable off and on, and a
 * form to add one (percent or dollar amount, cap, end date).
 */
export function PromoCodesEditor({ eventId, promoCodes }: { eventId: string; promoCodes: EditablePromoCode[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState({ code: "", kind: "percent" as "percent" | "amount", value: "", maxUses: "", validUntil: "" });
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function add() {
    setError(null);
    try {
      await ownerRequest(`/api/owner/events/${eventId}/promo-codes`, "POST", {
        code: draft.code,
        kind: draft.kind,
        value: draft.kind === "percent" ? Number(draft.value) : Math.round(Number(draft.value) * 100),
        maxUses: draft.maxUses ? Number(draft.maxUses) : null,
        validUntil: endOfDay(draft.validUntil),
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
        {promoCodes.map((promo) =>
          editing === promo.id ? (
            <li key={promo.id} className="ev-stack" style={{ gap: "0.4rem" }}>
              <strong className="ev-code">{promo.code}</strong>
              <PromoCodeEditForm promoCode={promo} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={promo.id} className="ev-row">
              <strong className="ev-code">{promo.code}</strong>
              {promo.active ? null : <span className="ev-muted">(switched off)</span>}
              <span>{promo.kind === "percent" ? `${promo.value}% off` : `$${(promo.value / 100).toFixed(2)} off`}</span>
              {/* Days in the organizer's own time zone, which the server cannot know. */}
              <span className="ev-muted" suppressHydrationWarning>
                used {promo.uses}
                {promo.maxUses === null ? "" : ` of ${promo.maxUses}`}
                {promo.validFrom ? ` · from ${toLocalDay(promo.validFrom)}` : ""}
                {promo.validUntil ? ` · until ${toLocalDay(promo.validUntil)}` : ""}
              </span>
              <button type="button" className="ev-btn ev-btn--ghost" onClick={() => setEditing(promo.id)}>
                Edit
              </button>
              <ActionButton url={`/api/owner/promo-codes/${promo.id}`} method="PATCH" body={{ active: !promo.active }} label={promo.active ? "Deactivate" : "Activate"} className="ev-btn ev-btn--ghost" />
              <ActionButton url={`/api/owner/promo-codes/${promo.id}`} method="DELETE" label="Remove" className="ev-btn ev-btn--ghost" />
            </li>
          ),
        )}
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
