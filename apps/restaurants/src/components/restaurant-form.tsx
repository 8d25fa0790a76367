"use client";

import { ImageUploadField } from "@stepperslife/ui/client";
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

/** Create or edit a restaurant's profile, address, time zone, weekly hours, cuisine and cover image. */
export function RestaurantForm({ restaurantId, initial, cuisines, timeZones, cover }: RestaurantFormProps) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const set = <K extends keyof RestaurantFormValues>(key: K, value: RestaurantFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { slug, phone, ...rest } = values;
    const body = { ...rest, ...(slug ? { slug } : {}), phone: phone || null };
    const response = await fetch(restaurantId ? `/api/owner/restaurants/${restaurantId}` : "/api/owner/restaurants", {
      method: restaurantId ? "PATCH" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { restaurant?: { id: string }; error?: { message: string } };
    if (!response.ok) return setMessage({ error: true, text: answer.error?.message ?? "Saving failed." });
    setMessage({ error: false, text: "Saved." });
    if (!restaurantId && answer.restaurant) router.push(`/dashboard/restaurants/${answer.restaurant.id}/menu`);
    else router.refresh();
  }

  return (
    <form className="rs-stack" onSubmit={submit} aria-label="Restaurant profile">
      {cover ? <ImageUploadField label="Cover image" name="coverImageKey" {...cover} /> : null}
      <div className="rs-grid" style={{ gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))" }}>
        {textFields.map(([key, label]) => (
          <label key={key} className="rs-field">
            {label}
            <input value={values[key]} onChange={(event) => set(key, event.target.value)} required={key !== "phone" && key !== "slug"} />
          </label>
        ))}
        <label className="rs-field">
          Cuisine
          <select value={values.cuisine} onChange={(event) => set("cuisine", event.target.value)}>
            {cuisines.map((cuisine) => (
              <option key={cuisine}>{cuisine}</option>
            ))}
          </select>
        </label>
        <label className="rs-field">
          Time zone
          <select value={values.timeZone} onChange={(event) => set("timeZone", event.target.value)}>
            {timeZones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </label>
        <label className="rs-field">
          Minutes to prepare an order
          <input type="number" min={5} max={180} value={values.prepMinutes} onChange={(event) => set("prepMinutes", Number(event.target.value))} />
        </label>
      </div>
      <label className="rs-field">
        Description
        <textarea rows={3} value={values.description} onChange={(event) => set("description", event.target.value)} />
      </label>
      <HoursEditor rows={values.hours} onChange={(hours) => set("hours", hours)} />
      {message ? (
        <p role={message.error ? "alert" : "status"} className={message.error ? "rs-error" : undefined}>
          {message.text}
        </p>
      ) : null}
      <div>
        <button className="rs-btn" type="submit">
          {restaurantId ? "Save changes" : "Create restaurant"}
        </button>
      </div>
    </form>
  );
}
