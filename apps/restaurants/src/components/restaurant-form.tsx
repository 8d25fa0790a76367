"use client";

import { ImageUploadField, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { HoursEditor, type HoursRow } from "./hours-editor";

export interface RestaurantFormValues {
  name: string;
  slug: string;
  description: string;
  cuisine: string;
  phone: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  timeZone: string;
  prepMinutes: number;
  hours: HoursRow[];
}

export interface RestaurantFormProps {
  /** Absent: create a new restaurant. */
  restaurantId?: string;
  initial: RestaurantFormValues;
  cuisines: readonly string[];
  timeZones: readonly string[];
  cover?: { presignUrl: string; confirmUrl: string; currentImageUrl?: string; currentKey?: string };
}

const textFields = [
  ["name", "Name"],
  ["slug", "Web address (/r/…)"],
  ["street", "Street"],
  ["city", "City"],
  ["region", "State"],
  ["postalCode", "ZIP code"],
  ["phone", "Phone"],
] as const;

/** Every field shown with its own message beside it (the API's names). */
const shownFields = [...textFields.map(([key]) => key), "cuisine", "timeZone", "prepMinutes", "description"];

/** Create or edit a restaurant's profile, address, time zone, weekly hours, cuisine and cover image. */
export function RestaurantForm({ restaurantId, initial, cuisines, timeZones, cover }: RestaurantFormProps) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const failure = useFormFailure();
  const set = <K extends keyof RestaurantFormValues>(key: K, value: RestaurantFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  // The weekly hours' refusals (`hours.2.closes`) are said together, under the hours editor.
  const hoursErrors = Object.entries(failure.fields).filter(([name]) => name === "hours" || name.startsWith("hours."));
  const message = failure.message([...shownFields, ...hoursErrors.map(([name]) => name)]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { slug, phone, ...rest } = values;
    const body = { ...rest, ...(slug ? { slug } : {}), phone: phone || null };
    setSaved(false);
    failure.clear();
    try {
      const url = restaurantId ? `/api/owner/restaurants/${restaurantId}` : "/api/owner/restaurants";
      const answer = await ownerRequest<{ restaurant?: { id: string } }>(url, restaurantId ? "PATCH" : "POST", body);
      setSaved(true);
      if (!restaurantId && answer.restaurant) router.push(`/dashboard/restaurants/${answer.restaurant.id}/menu`);
      else router.refresh();
    } catch (error) {
      failure.fail(error, "Saving failed. Please try again.");
    }
  }

  return (
    <form className="sl-stack sl-form" onSubmit={submit} aria-label="Restaurant profile">
      {cover ? <ImageUploadField label="Cover image" name="coverImageKey" {...cover} /> : null}
      <fieldset>
        <legend>Profile and address</legend>
        <div className="sl-form-grid">
          {textFields.map(([key, label]) => (
            <label key={key} className="sl-field">
              {label}
              <input
                value={values[key]}
                onChange={(event) => set(key, event.target.value)}
                required={key !== "phone" && key !== "slug"}
                {...failure.inputProps(key)}
              />
              {failure.errorFor(key)}
            </label>
          ))}
          <label className="sl-field">
            Cuisine
            <select value={values.cuisine} onChange={(event) => set("cuisine", event.target.value)} {...failure.inputProps("cuisine")}>
              {cuisines.map((cuisine) => (
                <option key={cuisine}>{cuisine}</option>
              ))}
            </select>
            {failure.errorFor("cuisine")}
          </label>
          <label className="sl-field">
            Time zone
            <select value={values.timeZone} onChange={(event) => set("timeZone", event.target.value)} {...failure.inputProps("timeZone")}>
              {timeZones.map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
            {failure.errorFor("timeZone")}
          </label>
          <label className="sl-field">
            Minutes to prepare an order
            <input
              type="number"
              min={5}
              max={180}
              value={values.prepMinutes}
              onChange={(event) => set("prepMinutes", Number(event.target.value))}
              {...failure.inputProps("prepMinutes")}
            />
            {failure.errorFor("prepMinutes")}
          </label>
        </div>
        <label className="sl-field">
          Description
          <textarea
            rows={3}
            value={values.description}
            onChange={(event) => set("description", event.target.value)}
            {...failure.inputProps("description")}
          />
          {failure.errorFor("description")}
        </label>
      </fieldset>
      <HoursEditor rows={values.hours} onChange={(hours) => set("hours", hours)} />
      {hoursErrors.length ? (
        <p role="alert" className="sl-field-error" style={{ margin: 0 }}>
          {[...new Set(hoursErrors.map(([, text]) => text))].join(" ")}
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="sl-error">
          {message}
        </p>
      ) : saved ? (
        <p role="status">Saved.</p>
      ) : null}
      <div>
        <button className="sl-btn" type="submit">
          {restaurantId ? "Save changes" : "Create restaurant"}
        </button>
      </div>
    </form>
  );
}
