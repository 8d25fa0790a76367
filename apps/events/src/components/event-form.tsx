"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";

export interface EventFormValues {
  title: string;
  description: string;
  venue: string;
  address: string;
  city: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
}

const zones = ["America/New_York", "America/Detroit", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"];

const blank: EventFormValues = {
  title: "",
  description: "",
  venue: "",
  address: "",
  city: "",
  timeZone: "America/Chicago",
  startsAt: "",
  endsAt: "",
  capacity: null,
};

/** Create (POST) or edit (PATCH) an event's details; times are typed in the event's own time zone. */
export function EventForm({ eventId, initial }: { eventId?: string; initial?: EventFormValues }) {
  const router = useRouter();
  const [values, setValues] = useState<EventFormValues>(initial ?? blank);
  const failure = useFormFailure();
  const error = failure.message(Object.keys(blank));
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof EventFormValues) => (change: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values, [name]: name === "capacity" ? (change.target.value ? Number(change.target.value) : null) : change.target.value });
  };

  async function save() {
    setBusy(true);
    failure.clear();
    try {
      if (eventId) {
        await ownerRequest(`/api/owner/events/${eventId}`, "PATCH", values);
        setSaved(true);
        router.refresh();
      } else {
        const { event } = await ownerRequest<{ event: { id: string } }>("/api/owner/events", "POST", values);
        router.push(`/dashboard/events/${event.id}`);
      }
    } catch (problem) {
      failure.fail(problem, "The event could not be saved. Please try again.");
    }
    setBusy(false);
  }

  const field = (name: keyof EventFormValues, label: string, type = "text") => (
    <label className="sl-field">
      {label}
      <input
        name={name}
        type={type}
        value={values[name] ?? ""}
        onChange={set(name)}
        required={name !== "capacity"}
        {...failure.inputProps(name)}
      />
      {failure.errorFor(name)}
    </label>
  );
  return (
    <form className="sl-stack" style={{ gap: "0.75rem", maxWidth: "40rem" }} aria-label="Event details" onSubmit={(submit) => (submit.preventDefault(), void save())}>
      {field("title", "Title")}
      <label className="sl-field">
        Description
        <textarea name="description" rows={5} value={values.description} onChange={set("description")} {...failure.inputProps("description")} />
        {failure.errorFor("description")}
      </label>
      {field("venue", "Venue")}
      {field("address", "Address")}
      {field("city", "City")}
      <label className="sl-field">
        Time zone
        <select name="timeZone" value={values.timeZone} onChange={set("timeZone")} {...failure.inputProps("timeZone")}>
          {[...new Set([values.timeZone, ...zones])].map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </select>
        {failure.errorFor("timeZone")}
      </label>
      {field("startsAt", "Starts (local time)", "datetime-local")}
      {field("endsAt", "Ends (local time)", "datetime-local")}
      {field("capacity", "Total capacity (optional)", "number")}
      <FormAlert message={error} />
      {saved ? <p role="status">Saved.</p> : null}
      <button type="submit" className="sl-btn" disabled={busy}>
        {eventId ? "Save changes" : "Create draft"}
      </button>
    </form>
  );
}
