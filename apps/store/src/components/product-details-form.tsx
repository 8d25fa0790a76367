"use client";

import { FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

export interface ProductDetailsValues {
  name: string;
  description: string;
  category: string;
  lowStockThreshold: number;
}

export interface ProductDetailsFormProps {
  shopId: string;
  /** Absent: add a new draft product. */
  productId?: string;
  initial: ProductDetailsValues;
  categories: readonly { value: string; label: string }[];
}

const shownFields = ["name", "description", "category", "lowStockThreshold"];

/** A product's words and kind: name, description, category and when its stock counts as low. */
export function ProductDetailsForm({ shopId, productId, initial, categories }: ProductDetailsFormProps) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const failure = useFormFailure();
  const set = <K extends keyof ProductDetailsValues>(key: K, value: ProductDetailsValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    failure.clear();
    try {
      const url = productId ? `/api/owner/products/${productId}` : `/api/owner/shops/${shopId}/products`;
      const answer = await ownerRequest<{ product: { id: string } }>(url, productId ? "PATCH" : "POST", values);
      setSaved(true);
      if (!productId) router.push(`/dashboard/shops/${shopId}/products/${answer.product.id}`);
      else router.refresh();
    } catch (error) {
      failure.fail(error, "Saving failed. Please try again.");
    }
  }

  return (
    <form className="sl-stack sl-form" onSubmit={submit} aria-label="Product details">
      <div className="sl-form-grid">
        <label className="sl-field">
          Name
          <input value={values.name} onChange={(event) => set("name", event.target.value)} required {...failure.inputProps("name")} />
          {failure.errorFor("name")}
        </label>
        <label className="sl-field">
          Category
          <select value={values.category} onChange={(event) => set("category", event.target.value)} {...failure.inputProps("category")}>
            {categories.map((category) => (
              <option key={category.value} value={category.value}>
                {category.label}
              </option>
            ))}
          </select>
          {failure.errorFor("category")}
        </label>
        <label className="sl-field">
          Low stock at or below
          <input type="number" min="0" max="1000" step="1" value={values.lowStockThreshold} onChange={(event) => set("lowStockThreshold", Number(event.target.value))} {...failure.inputProps("lowStockThreshold")} />
          {failure.errorFor("lowStockThreshold")}
        </label>
      </div>
      <label className="sl-field">
        Description
        <textarea rows={4} value={values.description} onChange={(event) => set("description", event.target.value)} {...failure.inputProps("description")} />
        {failure.errorFor("description")}
      </label>
      <FormAlert message={failure.message(shownFields)} />
      {saved ? <p role="status">Saved.</p> : null}
      <div>
        <button className="sl-btn" type="submit">
          {productId ? "Save details" : "Add the product"}
        </button>
      </div>
    </form>
  );
}
