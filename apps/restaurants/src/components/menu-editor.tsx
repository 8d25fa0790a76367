"use client";

import { useState } from "react";
import useSWR from "swr";
import type { MenuItemView } from "@/server/menu/to-menu-item-view";
import { MenuItemEditor } from "./menu-item-editor";
import { failureMessage, FormAlert, ownerRequest } from "@stepperslife/ui/client";

interface Category {
  id: string;
  name: string;
  items: MenuItemView[];
}

const swap = <T,>(list: T[], index: number, delta: number): T[] => {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
};

/** The owner's menu: categories and dishes, added, edited, reordered and marked sold out. */
export function MenuEditor({ restaurantId, initial, tags }: { restaurantId: string; initial: Category[]; tags: readonly string[] }) {
  const url = `/api/owner/restaurants/${restaurantId}/menu`;
  const { data, mutate } = useSWR(url, async (key: string) => (await ownerRequest<{ categories: Category[] }>(key, "GET")).categories, { fallbackData: initial });
  const categories = data ?? initial;
  const [error, setError] = useState<string | null>(null);
  const [newCategory, setNewCategory] = useState("");
  const [newItems, setNewItems] = useState<Record<string, { name: string; price: string }>>({});
  // A refused new dish is explained beside its own form (which category's), not at the top of the menu.
  const [dishError, setDishError] = useState<{ categoryId: string; message: string } | null>(null);
  const run = async (action: () => Promise<unknown>, categoryId?: string) => {
    setError(null);
    setDishError(null);
    let done = true;
    try {
      await action();
    } catch (failure) {
      const message = failureMessage(failure, "That did not work. Please try again.");
      if (categoryId) setDishError({ categoryId, message });
      else setError(message);
      done = false;
    }
    await mutate();
    return done;
  };
  const reorder = (next: Category[]) => run(() => ownerRequest(url, "PUT", { categories: next.map((category) => ({ id: category.id, itemIds: category.items.map((item) => item.id) })) }));

  return (
    <div className="sl-stack">
      <FormAlert message={error} />
      {categories.map((category, index) => (
        <section key={category.id} aria-label={category.name} className="sl-box">
          <div className="sl-box__head">
            <h2 className="sl-box__title">{category.name}</h2>
            <div className="sl-actions-row">
              <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Move ${category.name} up`} onClick={() => reorder(swap(categories, index, -1))}>
                ↑
              </button>
              <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Move ${category.name} down`} onClick={() => reorder(swap(categories, index, 1))}>
                ↓
              </button>
              <button
                className="sl-btn sl-btn--ghost sl-btn--small"
                type="button"
                onClick={() => {
                  const name = window.prompt("New name", category.name);
                  if (name) void run(() => ownerRequest(`/api/owner/categories/${category.id}`, "PATCH", { name }));
                }}
              >
                Rename
              </button>
              <button className="sl-btn sl-btn--danger sl-btn--small" type="button" onClick={() => run(() => ownerRequest(`/api/owner/categories/${category.id}`, "DELETE"))}>
                Delete
              </button>
            </div>
          </div>
          {category.items.map((item, itemIndex) => (
            <MenuItemEditor
              key={item.id}
              restaurantId={restaurantId}
              item={item}
              tags={tags}
              onChanged={() => void mutate()}
              onMove={(delta) => reorder(categories.map((other) => (other.id === category.id ? { ...other, items: swap(other.items, itemIndex, delta) } : other)))}
            />
          ))}
          {category.items.length === 0 ? <p className="sl-muted" style={{ margin: 0 }}>No dishes in {category.name} yet.</p> : null}
          <form
            className="sl-inline-form sl-add-row"
            aria-label={`Add a dish to ${category.name}`}
            onSubmit={(event) => {
              event.preventDefault();
              const draft = newItems[category.id] ?? { name: "", price: "" };
              const dish = { categoryId: category.id, name: draft.name, priceCents: Math.round(Number(draft.price) * 100) };
              void run(() => ownerRequest("/api/owner/items", "POST", dish), category.id).then(
                (done) => done && setNewItems({ ...newItems, [category.id]: { name: "", price: "" } }),
              );
            }}
          >
            <input className="sl-input" aria-label="Dish name" placeholder="New dish" required value={newItems[category.id]?.name ?? ""} onChange={(event) => setNewItems({ ...newItems, [category.id]: { price: newItems[category.id]?.price ?? "", name: event.target.value } })} />
            <input className="sl-input sl-input--narrow" aria-label="Price ($)" placeholder="Price ($)" type="number" min="0" step="0.01" required value={newItems[category.id]?.price ?? ""} onChange={(event) => setNewItems({ ...newItems, [category.id]: { name: newItems[category.id]?.name ?? "", price: event.target.value } })} />
            <button className="sl-btn" type="submit">
              Add dish
            </button>
            {dishError?.categoryId === category.id ? (
              <span role="alert" className="sl-field-error">
                {dishError.message}
              </span>
            ) : null}
          </form>
        </section>
      ))}
      <form
        className="sl-inline-form sl-add-row sl-add-row--alone"
        aria-label="Add a category"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => ownerRequest(`/api/owner/restaurants/${restaurantId}/categories`, "POST", { name: newCategory })).then(() => setNewCategory(""));
        }}
      >
        <input className="sl-input" aria-label="Category name" placeholder="New category" required value={newCategory} onChange={(event) => setNewCategory(event.target.value)} />
        <button className="sl-btn" type="submit">
          Add category
        </button>
      </form>
    </div>
  );
}
