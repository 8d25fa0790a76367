"use client";

import { FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formatPrice } from "@/server/catalog/format-price";

export interface ReturnRequestFormProps {
  orderId: string;
  shipmentId: string;
  shopName: string;
  /** "Returns accepted until Fri, Jan 8" in the shop's words and clock. */
  deadline: string;
  /** The lines that can still go back, with how many of each. */
  lines: readonly { id: string; label: string; returnable: number; unitPriceCents: number }[];
  reasons: readonly { value: string; label: string }[];
}

/**
 * Asking one shop to take items back: tick the items (and how many of each), say why, see what comes back if the
 * shop approves (the items' price; shipping is not refunded). Nothing is refunded until the shop says yes.
 */
export function ReturnRequestForm({ orderId, shipmentId, shopName, deadline, lines, reasons }: ReturnRequestFormProps) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [reason, setReason] = useState("");
  const [details, setDetails] = useState("");
  const [busy, setBusy] = useState(false);
  // Where each line went in the last request sent, so the route's "lines.1.quantity" lands next to its line.
  const [sentOrder, setSentOrder] = useState<string[]>([]);
  const failure = useFormFailure();
  const ticked = lines.filter((line) => chosen[line.id]);
  const refundCents = ticked.reduce((sum, line) => sum + line.unitPriceCents * chosen[line.id]!, 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    failure.clear();
    if (ticked.length === 0) return failure.say("Tick the items you are sending back.");
    setBusy(true);
    setSentOrder(ticked.map((line) => line.id));
    try {
      await ownerRequest(`/api/orders/${orderId}/returns`, "POST", {
        shipmentId,
        lines: ticked.map((line) => ({ lineId: line.id, quantity: chosen[line.id] })),
        reason,
        details,
      });
      router.refresh();
    } catch (error) {
      failure.fail(error, "Your return was not sent. Please try again.");
    }
    setBusy(false);
  }

  const quantityField = (lineId: string) => `lines.${sentOrder.indexOf(lineId)}.quantity`;
  return (
    <details className="st-return">
      <summary className="sl-btn sl-btn--ghost sl-btn--small">Return items</summary>
      <form className="sl-stack sl-form" onSubmit={submit} aria-label={`Return items to ${shopName}`}>
        <p className="sl-muted" style={{ margin: 0 }}>{deadline}</p>
        <fieldset>
          <legend>What are you sending back?</legend>
          {lines.map((line) => (
            <div key={line.id} className="st-return__line">
              <label className="sl-check">
                <input
                  type="checkbox"
                  checked={Boolean(chosen[line.id])}
                  onChange={(event) => setChosen((current) => ({ ...current, [line.id]: event.target.checked ? line.returnable : 0 }))}
                />
                {line.label}
              </label>
              {line.returnable > 1 && chosen[line.id] ? (
                <label className="sl-field st-return__quantity">
                  How many
                  <select
                    value={chosen[line.id]}
                    onChange={(event) => setChosen((current) => ({ ...current, [line.id]: Number(event.target.value) }))}
                    {...failure.inputProps(quantityField(line.id))}
                  >
                    {Array.from({ length: line.returnable }, (_, index) => index + 1).map((count) => (
                      <option key={count} value={count}>{count}</option>
                    ))}
                  </select>
                </label>
              ) : null}
              {failure.errorFor(quantityField(line.id))}
            </div>
          ))}
        </fieldset>
        <label className="sl-field">
          Why?
          <select value={reason} onChange={(event) => setReason(event.target.value)} {...failure.inputProps("reason")}>
            <option value="">Choose…</option>
            {reasons.map((each) => (
              <option key={each.value} value={each.value}>{each.label}</option>
            ))}
          </select>
          {failure.errorFor("reason")}
        </label>
        <label className="sl-field">
          Anything the shop should know (optional)
          <textarea value={details} rows={3} maxLength={1_000} onChange={(event) => setDetails(event.target.value)} {...failure.inputProps("details")} />
          {failure.errorFor("details")}
        </label>
        {refundCents > 0 ? <p style={{ margin: 0 }}>If {shopName} approves, {formatPrice(refundCents)} comes back to your card (shipping is not refunded).</p> : null}
        <FormAlert message={failure.message(["reason", "details", ...sentOrder.map(quantityField)])} />
        <div>
          <button className="sl-btn" type="submit" disabled={busy}>
            {busy ? "Sending…" : `Ask ${shopName} to take them back`}
          </button>
        </div>
      </form>
    </details>
  );
}
