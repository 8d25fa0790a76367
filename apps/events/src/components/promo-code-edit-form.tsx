"use client";

import { useState } from "react";
import { FieldError, FormAlert, formLevelMessage, useOwnerChanges } from "@stepperslife/ui/client";
import { toPromoCodeChanges, toPromoCodeDraft, type EditablePromoCode } from "./promo-code-draft";

/** Edits one promo code in place: its cap (never below the uses taken) and the days it is valid. */
export function PromoCodeEditForm({ promoCode, onDone }: { promoCode: EditablePromoCode; onDone: () => void }) {
  const [draft, setDraft] = useState(() => toPromoCodeDraft(promoCode));
  const { busy, error: failure, fields, save: send } = useOwnerChanges({
    url: `/api/owner/promo-codes/${promoCode.id}`,
    failureMessage: "The promo code could not be saved.",
    onDone,
  });
  const error = formLevelMessage(failure, fields, ["maxUses", "validFrom", "validUntil"]);
  const save = () => send(toPromoCodeChanges(draft, promoCode));

  return (
    <form className="sl-filters" aria-label={`Edit ${promoCode.code}`} onSubmit={(submit) => (submit.preventDefault(), void save())}>
      <label>
        Max uses
        <input type="number" min={Math.max(1, promoCode.uses)} value={draft.maxUses} placeholder="no limit" onChange={(change) => setDraft({ ...draft, maxUses: change.target.value })} />
        <FieldError errors={fields} name="maxUses" />
      </label>
      <label>
        Valid from
        <input type="date" value={draft.validFrom} onChange={(change) => setDraft({ ...draft, validFrom: change.target.value })} />
        <FieldError errors={fields} name="validFrom" />
      </label>
      <label>
        Valid until
        <input type="date" value={draft.validUntil} onChange={(change) => setDraft({ ...draft, validUntil: change.target.value })} />
        <FieldError errors={fields} name="validUntil" />
      </label>
      <button type="submit" className="sl-btn" disabled={busy}>
        Save
      </button>
      <button type="button" className="sl-btn sl-btn--ghost" onClick={onDone}>
        Cancel
      </button>
      <FormAlert message={error} />
    </form>
  );
}
