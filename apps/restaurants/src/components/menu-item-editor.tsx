"use client";

import { useState } from "react";
import type { MenuItemView } from "@/server/menu/to-menu-item-view";
import { formatPrice } from "./format";
import { ImageUploadField, ownerRequest } from "@stepperslife/ui/client";

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
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "That did not work.");
    }
  };
  const patch = (body: object) => run(() => ownerRequest(`/api/owner/items/${item.id}`, "PATCH", body));
  const query = new URLSearchParams({ target: "item", itemId: item.id });

  return (
    <article className={`rs-menu-item${item.soldOut ? " rs-menu-item--sold-out" : ""}`} aria-label={item.name}>
      {item.imageUrl ? <img src={item.imageUrl} alt="" /> : <div className="rs-thumb" />}
      <div className="rs-stack" style={{ gap: "0.4rem" }}>
        {editing ? (
          <form
            className="rs-stack"
            style={{ gap: "0.5rem" }}
            onSubmit={(event) => {
              event.preventDefault();
              void patch({ name: draft.name, description: draft.description, priceCents: Math.round(Number(draft.price) * 100), dietaryTags: draft.dietaryTags }).then(() => setEditing(false));
            }}
          >
            <label className="rs-field">
              Name <input value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} required />
            </label>
            <label className="rs-field">
              Description <input value={draft.description} onChange={(event) => setDraft({ ...draft, description: event.target.value })} />
            </label>
            <label className="rs-field">
              Price ($) <input type="number" min="0" step="0.01" value={draft.price} onChange={(event) => setDraft({ ...draft, price: event.target.value })} required />
            </label>
            <div className="rs-row" role="group" aria-label="Dietary tags">
              {tags.map((tag) => (
                <label key={tag} className="rs-check">
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
            <div className="rs-row">
              <button className="rs-btn rs-btn--small" type="submit">
                Save
              </button>
              <button className="rs-btn rs-btn--ghost rs-btn--small" type="button" onClick={() => setEditing(false)}>
                Close
              </button>
            </div>
          </form>
        ) : (
          <>
            <strong>{item.name}</strong>
            <span className="rs-muted">{item.description}</span>
            <span className="rs-muted">{item.dietaryTags.join(", ")}</span>
          </>
        )}
        {error ? (
          <p role="alert" className="rs-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="rs-stack" style={{ gap: "0.35rem", justifyItems: "end" }}>
        <strong>{formatPrice(item.priceCents)}</strong>
        <label className="rs-check">
          <input type="checkbox" checked={item.soldOut} onChange={(event) => void patch({ soldOut: event.target.checked })} /> Sold out
        </label>
        <div className="rs-row">
          <button className="rs-btn rs-btn--ghost rs-btn--small" type="button" aria-label={`Move ${item.name} up`} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button className="rs-btn rs-btn--ghost rs-btn--small" type="button" aria-label={`Move ${item.name} down`} onClick={() => onMove(1)}>
            ↓
          </button>
          {editing ? null : (
            <button className="rs-btn rs-btn--ghost rs-btn--small" type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button
            className="rs-btn rs-btn--ghost rs-btn--small"
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
