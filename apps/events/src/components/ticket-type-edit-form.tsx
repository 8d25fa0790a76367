"use client";

import { useState } from "react";
import { FieldError, FormAlert, formLevelMessage, useOwnerChanges } from "@stepperslife/ui/client";
import { minimumCapacity, toTicketTypeChanges, toTicketTypeDraft, type EditableTicketType } from "./ticket-type-draft";

/** Edits one ticket type in place: name, price, capacity (never below sold + held), per-order limit, description. */
export function TicketTypeEditForm({ ticketType, onDone }: { ticketType: EditableTicketType; onDone: () => void }) {
  const [draft, setDraft] = useState(() => toTicketTypeDraft(ticketType));
  const { busy, error: failure, fields, save: send } = useOwnerChanges({
    url: `/api/owner/ticket-types/${ticketType.id}`,
    failureMessage: "The ticket type could not be saved.",
    onDone,
  });
  const error = formLevelMessage(failure, fields, ["name", "priceCents", "capacity", "perOrderLimit", "description"]);
  const save = () => send(toTicketTypeChanges(draft, ticketType));

  return (
    <form className="sl-filters" aria-label={`Edit ${ticketType.name}`} onSubmit={(submit) => (submit.preventDefault(), void save())}>
      <label>
        Name
        <input value={draft.name} maxLength={80} onChange={(change) => setDraft({ ...draft, name: change.target.value })} required />
        <FieldError errors={fields} name="name" />
      </label>
      <label>
        Price ($)
        <input type="number" min="0" step="0.01" value={draft.price} onChange={(change) => setDraft({ ...draft, price: change.target.value })} />
        <FieldError errors={fields} name="priceCents" />
      </label>
      <label>
        Capacity
        <input type="number" min={minimumCapacity(ticketType)} value={draft.capacity} onChange={(change) => setDraft({ ...draft, capacity: change.target.value })} required />
        <FieldError errors={fields} name="capacity" />
      </label>
      <label>
        Per order
        <input type="number" min="1" max="50" value={draft.perOrderLimit} onChange={(change) => setDraft({ ...draft, perOrderLimit: change.target.value })} required />
        <FieldError errors={fields} name="perOrderLimit" />
      </label>
      <label>
        Description
        <input value={draft.description} maxLength={300} onChange={(change) => setDraft({ ...draft, description: change.target.value })} />
        <FieldError errors={fields} name="description" />
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
