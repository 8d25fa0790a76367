"use client";

import { FormAlert, ImageUploadField, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

export interface ShopFormValues {
  name: string;
  story: string;
  city: string;
  region: string;
  timeZone: string;
  /** Dollars as typed ("8.00"); sent as cents. */
  shippingFlat: string;
  /** Empty: shipping is never free. */
  freeShippingOver: string;
  returnWindowDays: number;
  returnTerms: string;
}

export interface ShopProfileFormProps {
  /** Absent: open a new shop. */
  shopId?: string;
  initial: ShopFormValues;
  timeZones: readonly string[];
  logo?: { presignUrl: string; confirmUrl: string; currentImageUrl?: string; currentKey?: string };
}

/** Every field shown with its own message beside it (the API's names). */
const shownFields = ["name", "story", "city", "region", "timeZone", "shippingFlatCents", "freeShippingOverCents", "returnWindowDays", "returnTerms"];

const toCents = (dollars: string) => Math.round(Number(dollars) * 100);

/** Open or edit a shop: its name, story, logo, place, clock, shipping rates and return terms. */
export function ShopProfileForm({ shopId, initial, timeZones, logo }: ShopProfileFormProps) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const failure = useFormFailure();
  const set = <K extends keyof ShopFormValues>(key: K, value: ShopFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { shippingFlat, freeShippingOver, ...rest } = values;
    const body = { ...rest, shippingFlatCents: toCents(shippingFlat), freeShippingOverCents: freeShippingOver.trim() ? toCents(freeShippingOver) : null };
    setSaved(false);
    failure.clear();
    try {
      const answer = await ownerRequest<{ shop?: { id: string } }>(shopId ? `/api/owner/shops/${shopId}` : "/api/owner/shops", shopId ? "PATCH" : "POST", body);
      setSaved(true);
      if (!shopId && answer.shop) router.push(`/dashboard/shops/${answer.shop.id}/products`);
      else router.refresh();
    } catch (error) {
      failure.fail(error, "Saving failed. Please try again.");
    }
  }

  const text = (key: "name" | "city" | "region", label: string) => (
    <label className="sl-field">
      {label}
      <input value={values[key]} onChange={(event) => set(key, event.target.value)} required {...failure.inputProps(key)} />
      {failure.errorFor(key)}
    </label>
  );

  return (
    <form className="sl-stack sl-form" onSubmit={submit} aria-label="Shop profile">
      {logo ? <ImageUploadField label="Logo" name="logoKey" {...logo} onUploaded={() => router.refresh()} /> : null}
      <fieldset>
        <legend>Your shop</legend>
        <div className="sl-form-grid">
          {text("name", "Name")}
          {text("city", "City")}
          {text("region", "State")}
          <label className="sl-field">
            Time zone (your order and payout dates)
            <select value={values.timeZone} onChange={(event) => set("timeZone", event.target.value)} {...failure.inputProps("timeZone")}>
              {timeZones.map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
            {failure.errorFor("timeZone")}
          </label>
        </div>
        <label className="sl-field">
          Your story
          <textarea rows={4} value={values.story} onChange={(event) => set("story", event.target.value)} {...failure.inputProps("story")} />
          {failure.errorFor("story")}
        </label>
      </fieldset>
      <fieldset>
        <legend>Shipping and returns</legend>
        <div className="sl-form-grid">
          <label className="sl-field">
            Shipping per order ($)
            <input type="number" min="0" step="0.01" value={values.shippingFlat} onChange={(event) => set("shippingFlat", event.target.value)} required {...failure.inputProps("shippingFlatCents")} />
            {failure.errorFor("shippingFlatCents")}
          </label>
          <label className="sl-field">
            Free shipping from ($, empty: never)
            <input type="number" min="0.01" step="0.01" value={values.freeShippingOver} onChange={(event) => set("freeShippingOver", event.target.value)} {...failure.inputProps("freeShippingOverCents")} />
            {failure.errorFor("freeShippingOverCents")}
          </label>
          <label className="sl-field">
            Days to return after delivery (0: no returns)
            <input type="number" min="0" max="365" step="1" value={values.returnWindowDays} onChange={(event) => set("returnWindowDays", Number(event.target.value))} {...failure.inputProps("returnWindowDays")} />
            {failure.errorFor("returnWindowDays")}
          </label>
        </div>
        <label className="sl-field">
          Return terms buyers read before paying
          <textarea rows={3} value={values.returnTerms} onChange={(event) => set("returnTerms", event.target.value)} {...failure.inputProps("returnTerms")} />
          {failure.errorFor("returnTerms")}
        </label>
      </fieldset>
      <FormAlert message={failure.message(shownFields)} />
      {saved ? <p role="status">Saved.</p> : null}
      <div>
        <button className="sl-btn" type="submit">
          {shopId ? "Save changes" : "Open the shop"}
        </button>
      </div>
    </form>
  );
}
