"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatMoney } from "@stepperslife/format";
import { ActionButton, FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { TicketTypeEditForm } from "./ticket-type-edit-form";
import type { EditableTicketType } from "./ticket-type-draft";

export type { EditableTicketType } from "./ticket-type-draft";

/** The event's ticket types (price, capacity, per-order limit, sold/held) with inline edits, and a form to add one. */
export function TicketTypesEditor({ eventId, ticketTypes }: { eventId: string; ticketTypes: EditableTicketType[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState({ name: "", price: "", capacity: "", perOrderLimit: "10" });
  const failure = useFormFailure();
  const error = failure.message(["name", "priceCents", "capacity", "perOrderLimit"]);
  const [editing, setEditing] = useState<string | null>(null);

  async function add() {
    failure.clear();
    try {
      await ownerRequest(`/api/owner/events/${eventId}/ticket-types`, "POST", {
        name: draft.name,
        priceCents: Math.round(Number(draft.price || "0") * 100),
        capacity: Number(draft.capacity),
        perOrderLimit: Number(draft.perOrderLimit),
      });
      setDraft({ name: "", price: "", capacity: "", perOrderLimit: "10" });
      router.refresh();
    } catch (problem) {
      failure.fail(problem, "The ticket type could not be added. Please try again.");
    }
  }

  return (
    <section className="sl-stack" style={{ gap: "0.75rem" }} aria-labelledby="ticket-types">
      <h2 id="ticket-types" style={{ margin: 0 }}>
        Ticket types
      </h2>
      <table className="sl-table sl-table--cards" aria-label="Ticket types">
        <thead>
          <tr>
            <th>Name</th>
            <th className="sl-num">Price</th>
            <th className="sl-num">Capacity</th>
            <th className="sl-num">Per order</th>
            <th className="sl-num">Sold / held</th>
            <th>
              <span className="sl-visually-hidden">Actions</span>
            </th>
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
                <td data-label="Name">
                  <span>
                    {type.name}
                    {type.description ? <span className="sl-muted" style={{ display: "block" }}>{type.description}</span> : null}
                  </span>
                </td>
                <td data-label="Price" className="sl-num">
                  {formatMoney(type.priceCents, "usd", { zero: "Free" })}
                </td>
                <td data-label="Capacity" className="sl-num">
                  {type.capacity}
                </td>
                <td data-label="Per order" className="sl-num">
                  {type.perOrderLimit}
                </td>
                <td data-label="Sold / held" className="sl-num">
                  {type.sold} / {type.held}
                </td>
                <td>
                  <div className="ev-actions">
                  <button type="button" className="sl-btn sl-btn--ghost" onClick={() => setEditing(type.id)}>
                    Edit
                  </button>
                  {type.sold + type.held === 0 ? <ActionButton url={`/api/owner/ticket-types/${type.id}`} method="DELETE" label="Remove" className="sl-btn sl-btn--ghost" /> : null}
                  </div>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <form className="sl-filters" aria-label="Add a ticket type" onSubmit={(submit) => (submit.preventDefault(), void add())}>
        <label>
          Name
          <input
            value={draft.name}
            onChange={(change) => setDraft({ ...draft, name: change.target.value })}
            required
            {...failure.inputProps("name")}
          />
          {failure.errorFor("name")}
        </label>
        <label>
          Price ($)
          <input
            type="number"
            min="0"
            step="0.01"
            value={draft.price}
            onChange={(change) => setDraft({ ...draft, price: change.target.value })}
            {...failure.inputProps("priceCents")}
          />
          {failure.errorFor("priceCents")}
        </label>
        <label>
          Capacity
          <input
            type="number"
            min="1"
            value={draft.capacity}
            onChange={(change) => setDraft({ ...draft, capacity: change.target.value })}
            required
            {...failure.inputProps("capacity")}
          />
          {failure.errorFor("capacity")}
        </label>
        <label>
          Per order
          <input
            type="number"
            min="1"
            max="50"
            value={draft.perOrderLimit}
            onChange={(change) => setDraft({ ...draft, perOrderLimit: change.target.value })}
            required
            {...failure.inputProps("perOrderLimit")}
          />
          {failure.errorFor("perOrderLimit")}
        </label>
        <button type="submit" className="sl-btn">
          Add ticket type
        </button>
      </form>
      <FormAlert message={error} />
    </section>
  );
}
