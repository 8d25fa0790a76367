"use client";

import { useState } from "react";
import type { MenuItemView } from "@/server/menu/to-menu-item-view";
import { formatMoney } from "@stepperslife/format";
import { ImageUploadField, ownerRequest, useFormFailure } from "@stepperslife/ui/client";

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
    <article className={`rs-menu-item${item.soldOut ? " rs-menu-item--sold-out" : ""}`} aria-label={item.name}>
      {item.imageUrl ? <img src={item.imageUrl} alt="" /> : <div className="rs-thumb" />}
      <div className="sl-stack" style={{ gap: "0.4rem" }}>
        {editing ? (
          <form
            className="sl-stack"
            style={{ gap: "0.5rem" }}
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
            <div className="sl-row" role="group" aria-label="Dietary tags">
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
            <div className="sl-row">
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
            <span className="sl-muted">{item.description}</span>
            <span className="sl-muted">{item.dietaryTags.join(", ")}</span>
          </>
        )}
        {error ? (
          <p role="alert" className="sl-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="sl-stack" style={{ gap: "0.35rem", justifyItems: "end" }}>
        <strong>{formatMoney(item.priceCents)}</strong>
        <label className="sl-check">
          <input type="checkbox" checked={item.soldOut} onChange={(event) => void patch({ soldOut: event.target.checked })} /> Sold out
        </label>
        <div className="sl-row">
          <button className="sl-btn sl-btn--ghost sl-btn--small" type="button" aria-label={`Move ${item.name} up`} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button className="sl-btn sl-btn--ghost sl-btn--small" type="button" aria-label={`Move ${item.name} down`} onClick={() => onMove(1)}>
            ↓
          </button>
          {editing ? null : (
            <button className="sl-btn sl-btn--ghost sl-btn--small" type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button
            className="sl-btn sl-btn--ghost sl-btn--small"
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
