"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ownerRequest } from "@stepperslife/ui/client";
import { minimumCapacity, toTicketTypeChanges, toTicketTypeDraft, type EditableTicketType } from "./ticket-type-draft";

/** Edits one ticket type in place: name, price, capacity (never below sold + held), per-order limit, description. */
export function TicketTypeEditForm({ ticketType, onDone }: { ticketType: EditableTicketType; onDone: () => void }) {
  const router = useRouter();
  const [draft, setDraft] = useState(() => toTicketTypeDraft(ticketType));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const result = toTicketTypeChanges(draft, ticketType);
    if ("error" in result) return setError(result.error);
    if (Object.keys(result.changes).length === 0) return onDone();
    setBusy(true);
    setError(null);
    try {
      await ownerRequest(`/api/owner/ticket-types/${ticketType.id}`, "PATCH", result.changes);
      router.refresh();
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The ticket type could not be saved.");
    }
    setBusy(false);
  }

  return (
    <form className="ev-filters" aria-label={`Edit ${ticketType.name}`} onSubmit={(submit) => (submit.preventDefault(), void save())}>
      <label>
        Name
        <input value={draft.name} maxLength={80} onChange={(change) => setDraft({ ...draft, name: change.target.value })} required />
      </label>
      <label>
        Price ($)
        <input type="number" min="0" step="0.01" value={draft.price} onChange={(change) => setDraft({ ...draft, price: change.target.value })} />
      </label>
      <label>
        Capacity
        <input type="number" min={minimumCapacity(ticketType)} value={draft.capacity} onChange={(change) => setDraft({ ...draft, capacity: change.target.value })} required />
      </label>
      <label>
        Per order
        <input type="number" min="1" max="50" value={draft.perOrderLimit} onChange={(change) => setDraft({ ...draft, perOrderLimit: change.target.value })} required />
      </label>
      <label>
        Description
        <input value={draft.description} maxLength={300} onChange={(change) => setDraft({ ...draft, description: change.target.value })} />
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
