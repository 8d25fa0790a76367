"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton, ownerRequest } from "@stepperslife/ui/client";
import { TicketTypeEditForm } from "./ticket-type-edit-form";
import type { EditableTicketType } from "./ticket-type-draft";

export type { EditableTicketType } from "./ticket-type-draft";

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** The event's ticket types (price, capacity, per-order limit, sold/held) with inline edits, and a form to add one. */
export function TicketTypesEditor({ eventId, ticketTypes }: { eventId: string; ticketTypes: EditableTicketType[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState({ name: "", price: "", capacity: "", perOrderLimit: "10" });
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function add() {
    setError(null);
    try {
      await ownerRequest(`/api/owner/events/${eventId}/ticket-types`, "POST", {
        name: draft.name,
        priceCents: Math.round(Number(draft.price || "0") * 100),
        capacity: Number(draft.capacity),
        perOrderLimit: Number(draft.perOrderLimit),
      });
      setDraft({ name: "", price: "", capacity: "", perOrderLimit: "10" });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The ticket type could not be added.");
    }
  }

  return (
    <section className="ev-stack" style={{ gap: "0.75rem" }} aria-labelledby="ticket-types">
      <h2 id="ticket-types" style={{ margin: 0 }}>
        Ticket types
      </h2>
      <table className="ev-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Price</th>
            <th>Capacity</th>
            <th>Per order</th>
            <th>Sold / held</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {ticketTypes.map((type) =>
            editing === type.id ? (
              <tr key={type.id}>
                <td colSpan={6}>
                  <TicketTypeEditForm ticketType={type} onDone={() => setEditing(null)} />
                </td>
              </tr>
            ) : (
              <tr key={type.id}>
                <td>
                  {type.name}
                  {type.description ? <div className="ev-muted">{type.description}</div> : null}
                </td>
                <td>${dollars(type.priceCents)}</td>
                <td>{type.capacity}</td>
                <td>{type.perOrderLimit}</td>
                <td>
                  {type.sold} / {type.held}
                </td>
                <td className="ev-row">
                  <button type="button" className="ev-btn ev-btn--ghost" onClick={() => setEditing(type.id)}>
                    Edit
                  </button>
                  {type.sold + type.held === 0 ? <ActionButton url={`/api/owner/ticket-types/${type.id}`} method="DELETE" label="Remove" className="ev-btn ev-btn--ghost" /> : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <form className="ev-filters" aria-label="Add a ticket type" onSubmit={(submit) => (submit.preventDefault(), void add())}>
        <label>
          Name
          <input value={draft.name} onChange={(change) => setDraft({ ...draft, name: change.target.value })} required />
        </label>
        <label>
          Price ($)
          <input type="number" min="0" step="0.01" value={draft.price} onChange={(change) => setDraft({ ...draft, price: change.target.value })} />
        </label>
        <label>
          Capacity
          <input type="number" min="1" value={draft.capacity} onChange={(change) => setDraft({ ...draft, capacity: change.target.value })} required />
        </label>
        <label>
          Per order
          <input type="number" min="1" max="50" value={draft.perOrderLimit} onChange={(change) => setDraft({ ...draft, perOrderLimit: change.target.value })} required />
        </label>
        <button type="submit" className="ev-btn">
          Add ticket type
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
