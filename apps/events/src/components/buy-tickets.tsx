"use client";

import { formatMoney } from "@stepperslife/format";
import { FormAlert, toRequestError, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { EventPage } from "@/server/events/get-event-page";
import { summarizeTicketBox } from "./ticket-box-summary";

export interface BuyTicketsProps {
  event: Pick<EventPage, "id" | "ticketTypes" | "onSale" | "status">;
  onlinePayment: boolean;
  /** Null when signed in; else where to sign in and come back. */
  signInHref: string | null;
}

const price = (cents: number) => formatMoney(cents, "usd", { zero: "Free" });

/** The ticket types with a quantity each, a promo code, and the buy button (free: tickets at once; paid: Stripe). */
export function BuyTickets({ event, onlinePayment, signInHref }: BuyTicketsProps) {
  const router = useRouter();
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [promoCode, setPromoCode] = useState("");
  const failure = useFormFailure();
  const error = failure.message(["promoCode"]);
  const [busy, setBusy] = useState(false);
  const lines = event.ticketTypes.flatMap((type) => ((quantities[type.id] ?? 0) > 0 ? [{ type, quantity: quantities[type.id]! }] : []));
  const total = lines.reduce((sum, line) => sum + line.type.priceCents * line.quantity, 0);
  const paidUnavailable = !onlinePayment && total > 0;
  const summary = summarizeTicketBox({ chosen: lines.reduce((sum, line) => sum + line.quantity, 0), totalCents: total });

  async function buy() {
    setBusy(true);
    failure.clear();
    try {
      const response = await fetch("/api/orders", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ eventId: event.id, lines: lines.map((line) => ({ ticketTypeId: line.type.id, quantity: line.quantity })), ...(promoCode.trim() ? { promoCode: promoCode.trim() } : {}) }),
      });
      const answer = (await response.json()) as { order?: { id: string }; checkoutUrl?: string | null; error?: { message: string; fields?: { path: string; message: string }[] } };
      if (!response.ok || !answer.order) throw toRequestError(answer, response.status);
      if (answer.checkoutUrl) window.location.assign(answer.checkoutUrl);
      else router.push(`/orders/${answer.order.id}`);
    } catch (problem) {
      failure.fail(problem, "The tickets could not be bought. Please try again.");
      setBusy(false);
    }
  }

  if (!event.onSale) return <p className="sl-muted">{event.status === "cancelled" ? "This event was cancelled." : "Tickets are not on sale."}</p>;
  return (
    <form className="sl-stack" style={{ gap: "0.75rem" }} aria-label="Buy tickets" onSubmit={(submit) => (submit.preventDefault(), void buy())}>
      {event.ticketTypes.map((type) => (
        <div key={type.id} className="ev-type">
          <div>
            <h3>{type.name}</h3>
            {type.description ? <p className="sl-muted">{type.description}</p> : null}
            <p>
              <strong>{price(type.priceCents)}</strong> · <span className="sl-muted">{type.remaining > 0 ? `${type.remaining} left` : "Sold out"}</span>
              {type.priceCents > 0 && !onlinePayment ? <span className="sl-muted"> · on sale once the organizer has set up payouts</span> : null}
            </p>
          </div>
          <select
            aria-label={`Quantity of ${type.name}`}
            value={quantities[type.id] ?? 0}
            disabled={type.remaining === 0 || (type.priceCents > 0 && !onlinePayment)}
            onChange={(change) => setQuantities({ ...quantities, [type.id]: Number(change.target.value) })}
          >
            {Array.from({ length: Math.min(type.perOrderLimit, type.remaining) + 1 }, (_, count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </div>
      ))}
      <label className="sl-field">
        Promo code
        <input value={promoCode} onChange={(change) => setPromoCode(change.target.value)} autoComplete="off" maxLength={40} {...failure.inputProps("promoCode")} />
        {failure.errorFor("promoCode")}
      </label>
      <p style={{ margin: 0 }}>
        <strong aria-live="polite">{summary.totalText}</strong>
        {promoCode.trim() && lines.length > 0 ? <span className="sl-muted"> before the promo code</span> : null}
      </p>
      <FormAlert message={error} />
      {signInHref ? (
        <a className="sl-button" href={signInHref}>
          Sign in to buy tickets
        </a>
      ) : (
        <button type="submit" className="sl-btn" disabled={busy || !summary.canSubmit || paidUnavailable}>
          {summary.buttonText}
        </button>
      )}
    </form>
  );
}
