"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RestaurantPage } from "@/server/restaurants/get-restaurant-page";
import { formatDateTime, formatMoney } from "@stepperslife/format";
import { useCart } from "./use-cart";

export interface RestaurantOrderingProps {
  restaurant: Pick<RestaurantPage, "id" | "name" | "timeZone" | "menu" | "pickupSlots">;
  onlinePayment: boolean;
  /** Null when signed in; else where to sign in and come back. */
  signInHref: string | null;
}

/** The menu with add buttons, and the cart beside it: pickup time, payment choice, checkout. */
export function RestaurantOrdering({ restaurant, onlinePayment, signInHref }: RestaurantOrderingProps) {
  const router = useRouter();
  const { cart, change, clear } = useCart(restaurant.id);
  const [pickupAt, setPickupAt] = useState(restaurant.pickupSlots[0] ?? "");
  const [paymentMethod, setPaymentMethod] = useState<"stripe" | "pay_at_pickup">(onlinePayment ? "stripe" : "pay_at_pickup");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dishes = new Map(restaurant.menu.flatMap((category) => category.items).map((item) => [item.id, item]));
  const lines = Object.entries(cart).flatMap(([id, quantity]) => (dishes.get(id) ? [{ item: dishes.get(id)!, quantity }] : []));
  const total = lines.reduce((sum, line) => sum + line.item.priceCents * line.quantity, 0);

  async function checkout() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/orders", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ restaurantId: restaurant.id, items: lines.map((line) => ({ menuItemId: line.item.id, quantity: line.quantity })), pickupAt, paymentMethod }),
      });
      const answer = (await response.json()) as { order?: { id: string }; checkoutUrl?: string | null; error?: { message: string } };
      if (!response.ok || !answer.order) throw new Error(answer.error?.message ?? "The order could not be placed.");
      clear();
      if (answer.checkoutUrl) window.location.assign(answer.checkoutUrl);
      else router.push(`/orders/${answer.order.id}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The order could not be placed.");
      setBusy(false);
    }
  }

  return (
    <div className="sl-split">
      <div className="sl-stack">
        {restaurant.menu.map((category) => (
          <section key={category.id} aria-labelledby={`category-${category.id}`}>
            <h2 id={`category-${category.id}`}>{category.name}</h2>
            {category.items.map((item) => (
              <article key={item.id} id={`dish-${item.id}`} aria-label={item.name} className={`rs-menu-item${item.soldOut ? " rs-menu-item--sold-out" : ""}`}>
                {item.imageUrl ? <img src={item.imageUrl} alt={item.name} loading="lazy" /> : <div className="rs-thumb" />}
                <div>
                  <h3>{item.name}</h3>
                  {item.description ? <p className="sl-muted">{item.description}</p> : null}
                  {item.dietaryTags.length ? (
                    <ul className="rs-tags" aria-label="Dietary">
                      {item.dietaryTags.map((tag) => (
                        <li key={tag}>{tag}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
                <div className="sl-stack" style={{ gap: "0.4rem", justifyItems: "end" }}>
                  <strong>{formatMoney(item.priceCents)}</strong>
                  {item.soldOut ? (
                    <span className="sl-badge sl-badge--quiet">Sold out</span>
                  ) : (
                    <button type="button" className="sl-btn sl-btn--small" onClick={() => change(item.id, 1)} aria-label={`Add ${item.name}`}>
                      Add
                    </button>
                  )}
                </div>
              </article>
            ))}
          </section>
        ))}
      </div>
      <aside className="sl-panel" aria-label="Your order">
        <h2 style={{ margin: 0 }}>Your order</h2>
        {lines.length === 0 ? <p className="sl-muted">Your cart is empty.</p> : null}
        {lines.map(({ item, quantity }) => (
          <div key={item.id} className="sl-row" style={{ justifyContent: "space-between" }}>
            <span>
              {quantity} × {item.name}
            </span>
            <span className="sl-row">
              <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => change(item.id, -1)} aria-label={`Remove one ${item.name}`}>
                −
              </button>
              <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => change(item.id, 1)} aria-label={`Add one more ${item.name}`}>
                +
              </button>
            </span>
          </div>
        ))}
        <p>
          <strong>Total {formatMoney(total)}</strong>
        </p>
        <label className="sl-field">
          Pickup time
          <select value={pickupAt} onChange={(event) => setPickupAt(event.target.value)}>
            {restaurant.pickupSlots.length === 0 ? <option value="">No pickup times in the next two days</option> : null}
            {restaurant.pickupSlots.map((slot) => (
              <option key={slot} value={slot}>
                {formatDateTime(new Date(slot), restaurant.timeZone, { now: new Date() })}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="sl-field" style={{ border: 0, padding: 0 }}>
          <legend>Payment</legend>
          {onlinePayment ? (
            <label className="sl-check">
              <input type="radio" name="payment" checked={paymentMethod === "stripe"} onChange={() => setPaymentMethod("stripe")} /> Pay now by card
            </label>
          ) : (
            <p className="sl-muted">Online payment is not available here: you pay at pickup.</p>
          )}
          <label className="sl-check">
            <input type="radio" name="payment" checked={paymentMethod === "pay_at_pickup"} onChange={() => setPaymentMethod("pay_at_pickup")} /> Pay at pickup
          </label>
        </fieldset>
        {error ? (
          <p role="alert" className="sl-error">
            {error}
          </p>
        ) : null}
        {signInHref ? (
          <a className="sl-button" href={signInHref}>
            Sign in to order
          </a>
        ) : (
          <button type="button" className="sl-btn" disabled={busy || lines.length === 0 || !pickupAt} onClick={checkout}>
            {paymentMethod === "stripe" ? "Checkout" : "Place order"}
          </button>
        )}
      </aside>
    </div>
  );
}
