"use client";

import { FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

export interface ShipParcelFormProps {
  shipmentId: string;
  /** For the form's name ("Ship a parcel of order 3F9A1C"). */
  orderCode: string;
  /** The lines not in a parcel yet, as the packing list words them ("2 × Glide Oxford · Size 10 · Black"). */
  waiting: readonly { id: string; label: string }[];
  carriers: readonly { value: string; label: string }[];
}

const shownFields = ["lineIds", "carrier", "trackingNumber"];

/**
 * One parcel leaving the shop: the ticked lines (all of them at first; untick what goes in a later parcel), its
 * carrier and tracking number. The page re-reads after it ships, so the lines left and the status are the server's.
 */
export function ShipParcelForm({ shipmentId, orderCode, waiting, carriers }: ShipParcelFormProps) {
  const router = useRouter();
  const [lineIds, setLineIds] = useState<string[]>(() => waiting.map(({ id }) => id));
  const [carrier, setCarrier] = useState("");
  const [trackingNumber, setTrackingNumber] = useState("");
  const [busy, setBusy] = useState(false);
  const [shipped, setShipped] = useState(false);
  const failure = useFormFailure();
  // The page re-reads after each parcel: only lines still waiting can stay ticked.
  const ticked = lineIds.filter((id) => waiting.some((line) => line.id === id));
  const toggle = (id: string, on: boolean) =>
    setLineIds((current) => (on ? [...current, id] : current.filter((each) => each !== id)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    failure.clear();
    setShipped(false);
    setBusy(true);
    try {
      // Sent as chosen: the route's refusals ("Choose the carrier.") are said next to the fields below.
      await ownerRequest(`/api/owner/shipments/${shipmentId}/parcels`, "POST", { lineIds: ticked, carrier, trackingNumber });
      setShipped(true);
      // What is left is ticked for the next parcel, as the form starts.
      setLineIds(waiting.filter((line) => !ticked.includes(line.id)).map(({ id }) => id));
      setTrackingNumber("");
      router.refresh();
    } catch (error) {
      failure.fail(error, "The parcel was not recorded. Please try again.");
    }
    setBusy(false);
  }

  return (
    <form className="sl-stack sl-form st-pack__form" onSubmit={submit} aria-label={`Ship a parcel of order ${orderCode}`}>
      <fieldset {...failure.inputProps("lineIds")}>
        <legend>In this parcel</legend>
        {waiting.map((line) => (
          <label key={line.id} className="sl-check">
            <input type="checkbox" checked={ticked.includes(line.id)} onChange={(event) => toggle(line.id, event.target.checked)} />
            {line.label}
          </label>
        ))}
        {failure.errorFor("lineIds")}
      </fieldset>
      <div className="sl-form-grid">
        <label className="sl-field">
          Carrier
          <select value={carrier} onChange={(event) => setCarrier(event.target.value)} {...failure.inputProps("carrier")}>
            <option value="">Choose…</option>
            {carriers.map((each) => (
              <option key={each.value} value={each.value}>
                {each.label}
              </option>
            ))}
          </select>
          {failure.errorFor("carrier")}
        </label>
        <label className="sl-field">
          Tracking number
          <input
            value={trackingNumber}
            onChange={(event) => setTrackingNumber(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            {...failure.inputProps("trackingNumber")}
          />
          {failure.errorFor("trackingNumber")}
        </label>
      </div>
      <FormAlert message={failure.message(shownFields)} />
      {shipped ? <p role="status">Parcel recorded; the buyer is emailed its tracking.</p> : null}
      <div>
        <button className="sl-btn" type="submit" disabled={busy}>
          {ticked.length === waiting.length ? "Ship everything left" : "Ship these items"}
        </button>
      </div>
    </form>
  );
}
