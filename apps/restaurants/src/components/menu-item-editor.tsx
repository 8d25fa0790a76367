"use client";

import { useState } from "react";
import type { MenuItemView } from "@/server/menu/to-menu-item-view";
import { formatMoney } from "@stepperslife/format";
import { FormAlert, ImageUploadField, ownerRequest, useFormFailure } from "@stepperslife/ui/client";

export interface MenuItemEditorProps {
  restaurantId: string;
  item: MenuItemView;
  tags: readonly string[];
  onChanged(): void;
  onMove(delta: -1 | 1): void;
}

/** One dish in the menu editor: name, description, price, tags, photo, sold out, order and delete. */
export function MenuItemEditor({ restaurantId, item, tags, onChanged, onMove }: MenuItemEditorProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ name: item.name, description: item.description, price: (item.priceCents / 100).toFixed(2), dietaryTags: item.dietaryTags });
  const failure = useFormFailure();
  const error = failure.message(editing ? ["name", "description", "priceCents"] : []);
  /** Runs one change; whether it went through (a refused edit keeps its form open, with the reasons). */
  const run = async (action: () => Promise<unknown>) => {
    failure.clear();
    try {
      await action();
      onChanged();
      return true;
    } catch (problem) {
      failure.fail(problem, "That did not work. Please try again.");
      return false;
    }
  };
  const patch = (body: object) => run(() => ownerRequest(`/api/owner/items/${item.id}`, "PATCH", body));
  const query = new URLSearchParams({ target: "item", itemId: item.id });

  return (
    <article className={`sl-editor-item${item.soldOut ? " sl-editor-item--muted" : ""}`} aria-label={item.name}>
      {item.imageUrl ? <img className="sl-editor-item__thumb" src={item.imageUrl} alt="" /> : <div className="sl-editor-item__thumb" />}
      <div className="sl-editor-item__body">
        {editing ? (
          <form
            className="sl-form"
            style={{ gap: "0.75rem" }}
            onSubmit={(event) => {
              event.preventDefault();
              const priceCents = Math.round(Number(draft.price) * 100);
              const changes = { name: draft.name, description: draft.description, priceCents, dietaryTags: draft.dietaryTags };
              void patch(changes).then((done) => done && setEditing(false));
            }}
          >
            <label className="sl-field">
              Name{" "}
              <input value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} required {...failure.inputProps("name")} />
              {failure.errorFor("name")}
            </label>
            <label className="sl-field">
              Description{" "}
              <input
                value={draft.description}
                onChange={(event) => setDraft({ ...draft, description: event.target.value })}
                {...failure.inputProps("description")}
              />
              {failure.errorFor("description")}
            </label>
            <label className="sl-field">
              Price ($){" "}
              <input
                type="number"
                min="0"
                step="0.01"
                value={draft.price}
                onChange={(event) => setDraft({ ...draft, price: event.target.value })}
                required
                {...failure.inputProps("priceCents")}
              />
              {failure.errorFor("priceCents")}
            </label>
            <div className="sl-row" role="group" aria-label="Dietary tags" style={{ gap: "0.5rem 1rem" }}>
              {tags.map((tag) => (
                <label key={tag} className="sl-check">
                  <input
                    type="checkbox"
                    checked={draft.dietaryTags.includes(tag)}
                    onChange={(event) => setDraft({ ...draft, dietaryTags: event.target.checked ? [...draft.dietaryTags, tag] : draft.dietaryTags.filter((other) => other !== tag) })}
                  />
                  {tag}
                </label>
              ))}
            </div>
            <ImageUploadField
              label="Photo"
              name="imageKey"
              presignUrl={`/api/owner/restaurants/${restaurantId}/images?${query}`}
              confirmUrl={`/api/owner/restaurants/${restaurantId}/images/confirm?${query}`}
              {...(item.imageUrl && item.imageKey ? { currentImageUrl: item.imageUrl, currentKey: item.imageKey } : {})}
              onUploaded={() => onChanged()}
            />
            <div className="sl-actions-row">
              <button className="sl-btn sl-btn--small" type="submit">
                Save
              </button>
              <button className="sl-btn sl-btn--ghost sl-btn--small" type="button" onClick={() => setEditing(false)}>
                Close
              </button>
            </div>
          </form>
        ) : (
          <>
            <strong>{item.name}</strong>
            {item.description ? <span className="sl-muted">{item.description}</span> : null}
            {item.dietaryTags.length ? (
              <span className="sl-row" style={{ gap: "0.3rem" }}>
                {item.dietaryTags.map((tag) => (
                  <span key={tag} className="sl-badge sl-badge--quiet">
                    {tag}
                  </span>
                ))}
              </span>
            ) : null}
          </>
        )}
        <FormAlert message={error} />
      </div>
      <div className="sl-editor-item__aside">
        <strong>{formatMoney(item.priceCents)}</strong>
        <label className="sl-check">
          <input type="checkbox" checked={item.soldOut} onChange={(event) => void patch({ soldOut: event.target.checked })} /> Sold out
        </label>
        <div className="sl-actions-row">
          <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Move ${item.name} up`} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Move ${item.name} down`} onClick={() => onMove(1)}>
            ↓
          </button>
          {editing ? null : (
            <button className="sl-btn sl-btn--ghost sl-btn--small" type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button
            className="sl-btn sl-btn--danger sl-btn--small"
            type="button"
            onClick={() => window.confirm(`Delete ${item.name}?`) && void run(() => ownerRequest(`/api/owner/items/${item.id}`, "DELETE"))}
          >
            Delete
          </button>
        </div>
      </div>
    </article>
  );
}
