"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ownerRequest } from "@stepperslife/ui/client";
import { toPromoCodeChanges, toPromoCodeDraft, type EditablePromoCode } from "./promo-code-draft";

/** Edits one promo code in place: its cap (never below the uses taken) and the days it is valid. */
export function PromoCodeEditForm({ promoCode, onDone }: { promoCode: EditablePromoCode; onDone: () => void }) {
  const router = useRouter();
  const [draft, setDraft] = useState(() => toPromoCodeDraft(promoCode));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const result = toPromoCodeChanges(draft, promoCode);
    if ("error" in result) return setError(result.error);
    if (Object.keys(result.changes).length === 0) return onDone();
    setBusy(true);
    setError(null);
    try {
      await ownerRequest(`/api/owner/promo-codes/${promoCode.id}`, "PATCH", result.changes);
      router.refresh();
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The promo code could not be saved.");
    }
    setBusy(false);
  }

  return (
    <form className="ev-filters" aria-label={`Edit ${promoCode.code}`} onSubmit={(submit) => (submit.preventDefault(), void save())}>
      <label>
        Max uses
        <input type="number" min={Math.max(1, promoCode.uses)} value={draft.maxUses} placeholder="no limit" onChange={(change) => setDraft({ ...draft, maxUses: change.target.value })} />
      </label>
      <label>
        Valid from
        <input type="date" value={draft.validFrom} onChange={(change) => setDraft({ ...draft, validFrom: change.target.value })} />
      </label>
      <label>
        Valid until
        <input type="date" value={draft.validUntil} onChange={(change) => setDraft({ ...draft, validUntil: change.target.value })} />
      </label>
      <button type="submit" className="ev-btn" disabled={busy}>
        Save
      </button>
      <button type="button" className="ev-btn ev-btn--ghost" onClick={onDone}>
        Cancel
      </button>
      {error ? (
        <p role="alert" className="ev-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
