"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatMoney } from "@stepperslife/format";
import { ActionButton, FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
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
  const failure = useFormFailure();
  const error = failure.message(["code", "kind", "value", "maxUses", "validUntil"]);
  const [editing, setEditing] = useState<string | null>(null);

  async function add() {
    failure.clear();
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
    } catch (problem) {
      failure.fail(problem, "The promo code could not be added. Please try again.");
    }
  }

  return (
    <section className="sl-stack" style={{ gap: "0.75rem" }} aria-labelledby="promo-codes">
      <h2 id="promo-codes" style={{ margin: 0 }}>
        Promo codes
      </h2>
      {promoCodes.length === 0 ? <p className="sl-muted">No promo codes.</p> : null}
      <ul className="sl-stack" style={{ gap: "0.4rem", padding: 0, listStyle: "none" }}>
        {promoCodes.map((promo) =>
          editing === promo.id ? (
            <li key={promo.id} className="sl-stack" style={{ gap: "0.4rem" }}>
              <strong className="ev-code">{promo.code}</strong>
              <PromoCodeEditForm promoCode={promo} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={promo.id} className="sl-row">
              <strong className="ev-code">{promo.code}</strong>
              {promo.active ? null : <span className="sl-muted">(switched off)</span>}
              <span>{promo.kind === "percent" ? `${promo.value}% off` : `${formatMoney(promo.value)} off`}</span>
              {/* Days in the organizer's own time zone, which the server cannot know. */}
              <span className="sl-muted" suppressHydrationWarning>
                used {promo.uses}
                {promo.maxUses === null ? "" : ` of ${promo.maxUses}`}
                {promo.validFrom ? ` · from ${toLocalDay(promo.validFrom)}` : ""}
                {promo.validUntil ? ` · until ${toLocalDay(promo.validUntil)}` : ""}
              </span>
              <button type="button" className="sl-btn sl-btn--ghost" onClick={() => setEditing(promo.id)}>
                Edit
              </button>
              <ActionButton url={`/api/owner/promo-codes/${promo.id}`} method="PATCH" body={{ active: !promo.active }} label={promo.active ? "Deactivate" : "Activate"} className="sl-btn sl-btn--ghost" />
              <ActionButton url={`/api/owner/promo-codes/${promo.id}`} method="DELETE" label="Remove" className="sl-btn sl-btn--ghost" />
            </li>
          ),
        )}
      </ul>
      <form className="sl-filters" aria-label="Add a promo code" onSubmit={(submit) => (submit.preventDefault(), void add())}>
        <label>
          Code
          <input value={draft.code} onChange={(change) => setDraft({ ...draft, code: change.target.value })} required {...failure.inputProps("code")} />
          {failure.errorFor("code")}
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
          <input
            type="number"
            min="1"
            step={draft.kind === "percent" ? "1" : "0.01"}
            value={draft.value}
            onChange={(change) => setDraft({ ...draft, value: change.target.value })}
            required
            {...failure.inputProps("value")}
          />
          {failure.errorFor("value")}
        </label>
        <label>
          Max uses
          <input
            type="number"
            min="1"
            value={draft.maxUses}
            onChange={(change) => setDraft({ ...draft, maxUses: change.target.value })}
            {...failure.inputProps("maxUses")}
          />
          {failure.errorFor("maxUses")}
        </label>
        <label>
          Valid until
          <input
            type="date"
            value={draft.validUntil}
            onChange={(change) => setDraft({ ...draft, validUntil: change.target.value })}
            {...failure.inputProps("validUntil")}
          />
          {failure.errorFor("validUntil")}
        </label>
        <button type="submit" className="sl-btn">
          Add promo code
        </button>
      </form>
      <FormAlert message={error} />
    </section>
  );
}
