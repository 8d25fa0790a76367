"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { RestaurantPage } from "@/server/restaurants/get-restaurant-page";
import { formatMoney } from "@stepperslife/format";
import { FormAlert } from "@stepperslife/ui/client";
import { CartLines } from "./cart-lines";
import { CartSummaryBar } from "./cart-summary-bar";
import { PickupTimePicker } from "./pickup-time-picker";
import { useCart } from "./use-cart";

export interface RestaurantOrderingProps {
  restaurant: Pick<RestaurantPage, "id" | "name" | "menu" | "pickupDays">;
  onlinePayment: boolean;
  /** Null when signed in; else where to sign in and come back. */
  signInHref: string | null;
}

/** The menu with add buttons, the cart beside it (below it on a phone, with a summary bar kept in view), checkout. */
export function RestaurantOrdering({ restaurant, onlinePayment, signInHref }: RestaurantOrderingProps) {
  const router = useRouter();
  const { cart, change, clear } = useCart(restaurant.id);
  const [pickupAt, setPickupAt] = useState(restaurant.pickupDays[0]?.slots[0]?.at ?? "");
  const [paymentMethod, setPaymentMethod] = useState<"stripe" | "pay_at_pickup">(onlinePayment ? "stripe" : "pay_at_pickup");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const cartHeading = useRef<HTMLHeadingElement>(null);
  const dishes = new Map(restaurant.menu.flatMap((category) => category.items).map((item) => [item.id, item]));
  const lines = Object.entries(cart).flatMap(([id, quantity]) => (dishes.get(id) ? [{ item: dishes.get(id)!, quantity }] : []));
  const total = lines.reduce((sum, line) => sum + line.item.priceCents * line.quantity, 0);
  const count = lines.reduce((sum, line) => sum + line.quantity, 0);

  // The words fade after a while; the count and total stay.
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), 6_000);
    return () => window.clearTimeout(timer);
  }, [message]);

  function changeAndSay(itemId: string, delta: number) {
    const name = dishes.get(itemId)?.name ?? "Dish";
    const quantity = Math.min(50, Math.max(0, (cart[itemId] ?? 0) + delta));
    change(itemId, delta);
    // The count in the words makes a second add of the same dish a new message, so it is announced again.
    setMessage(delta > 0 ? `Added ${name} (${quantity} in cart)` : quantity > 0 ? `Removed one ${name} (${quantity} in cart)` : `Removed ${name}`);
  }

  function openCart() {
    cartHeading.current?.scrollIntoView({ behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    cartHeading.current?.focus({ preventScroll: true });
  }

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
    <div className="sl-split rs-ordering">
      <div className="sl-stack rs-ordering__menu">
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
                <div className="rs-menu-item__buy">
                  <strong>{formatMoney(item.priceCents)}</strong>
                  {item.soldOut ? (
                    <span className="sl-badge sl-badge--quiet">Sold out</span>
                  ) : (
                    <button type="button" className="sl-btn sl-btn--small" onClick={() => changeAndSay(item.id, 1)} aria-label={`Add ${item.name}`}>
                      Add
                    </button>
                  )}
                  {cart[item.id] ? <span className="rs-in-cart">{cart[item.id]} in cart</span> : null}
                </div>
              </article>
            ))}
          </section>
        ))}
      </div>
      <CartSummaryBar count={count} totalCents={total} message={message} onOpenCart={openCart} />
      <aside className="sl-panel rs-ordering__cart" aria-label="Your order">
        <h2 ref={cartHeading} tabIndex={-1} style={{ margin: 0 }}>
          Your order
        </h2>
        <CartLines lines={lines} change={changeAndSay} />
        <p>
          <strong>Total {formatMoney(total)}</strong>
        </p>
        <PickupTimePicker days={restaurant.pickupDays} value={pickupAt} onChange={setPickupAt} />
        <fieldset className="rs-payment">
          <legend>Payment</legend>
          {onlinePayment ? (
            <label className="sl-check">
              <input type="radio" name="payment" checked={paymentMethod === "stripe"} onChange={() => setPaymentMethod("stripe")} /> Pay now by card
            </label>
          ) : (
            <p className="sl-muted">{restaurant.name} does not take card payments online yet: you pay at pickup.</p>
          )}
          <label className="sl-check">
            <input type="radio" name="payment" checked={paymentMethod === "pay_at_pickup"} onChange={() => setPaymentMethod("pay_at_pickup")} /> Pay at pickup
          </label>
        </fieldset>
        <FormAlert message={error} />
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
