"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { CartQuote } from "@/server/cart/quote-cart";
import { formatPrice } from "@/server/catalog/format-price";
import { MAX_QUANTITY_PER_LINE, useStoreCart } from "./use-store-cart";

type Answer<T> = T & { error?: { message?: string } };

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => ({}))) as Answer<T>;
  if (!response.ok) throw new Error(answer.error?.message ?? "That did not work. Please try again.");
  return answer;
}

/**
 * The cart from the browser's ids and quantities, priced by the server (never by the page): one box per shop with
 * its lines, shipping and subtotal, then the total and one "Pay" for everything. Lines no longer for sale are
 * dropped with a word; lines short of stock say so and block paying until changed.
 */
export function StoreCartView({ signInHref }: { signInHref: string | null }) {
  const { cart, loaded, setQuantity, clear } = useStoreCart();
  const lines = useMemo(() => Object.entries(cart).map(([variantId, quantity]) => ({ variantId, quantity })), [cart]);
  const [quote, setQuote] = useState<CartQuote | null>(null);
  const [dropped, setDropped] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);

  useEffect(() => {
    if (!loaded || lines.length === 0) return setQuote(null);
    let current = true;
    postJson<{ quote: CartQuote }>("/api/cart/quote", { lines })
      .then(({ quote: answer }) => {
        if (!current) return;
        setQuote(answer);
        if (answer.unavailable.length > 0) {
          setDropped(answer.unavailable.length);
          for (const variantId of answer.unavailable) setQuantity(variantId, 0);
        }
      })
      .catch((failure: Error) => current && setError(failure.message));
    return () => {
      current = false;
    };
  }, [loaded, lines, setQuantity]);

  async function pay() {
    setPaying(true);
    setError(null);
    try {
      const answer = await postJson<{ order: { id: string }; checkoutUrl: string }>("/api/orders", { lines });
      clear();
      window.location.assign(answer.checkoutUrl);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Your order could not be placed.");
      setPaying(false);
    }
  }

  if (!loaded) return <p className="sl-muted">Loading your cart…</p>;
  const notice = dropped > 0 ? <p className="sl-notice" role="status">{dropped === 1 ? "One item is" : `${dropped} items are`} no longer for sale and left your cart.</p> : null;
  if (lines.length === 0) {
    return (
      <div className="sl-box st-empty">
        {notice}
        <h2 className="sl-box__title">Your cart is empty</h2>
        <p className="sl-muted">Shoes, apparel and music from the scene's shops all go in one cart, paid at once.</p>
        <p>
          <Link className="sl-button" href="/">Browse the store</Link>
        </p>
      </div>
    );
  }
  if (!quote) return error ? <p className="sl-notice" role="alert">{error}</p> : <p className="sl-muted">Pricing your cart…</p>;
  return (
    <div className="st-cart">
      {notice}
      <div className="st-cart__parts">
        {quote.shops.map((part) => (
          <section key={part.shop.id} className="st-cart__part" aria-label={`From ${part.shop.name}`}>
            <h2 className="st-cart__shop">
              From <Link href={`/shops/${part.shop.slug}`}>{part.shop.name}</Link>
            </h2>
            <ul className="st-cart__lines">
              {part.lines.map((line) => (
                <li key={line.variantId} className="st-cart__line">
                  {line.imagePath ? <img src={line.imagePath} alt="" width={72} height={72} /> : <span className="st-cart__thumb" aria-hidden="true" />}
                  <div className="st-cart__what">
                    <Link href={`/p/${line.productSlug}`}>{line.productName}</Link>
                    {line.variantLabel ? <span className="sl-muted">{line.variantLabel}</span> : null}
                    <span className="sl-muted">{formatPrice(line.unitPriceCents)} each</span>
                    {line.problem ? <strong className="st-cart__problem">{line.problem}</strong> : null}
                  </div>
                  <label className="sl-field st-cart__quantity">
                    <span className="sl-visually-hidden">Quantity of {line.productName}{line.variantLabel ? `, ${line.variantLabel}` : ""}</span>
                    <input
                      type="number"
                      min={1}
                      max={Math.min(MAX_QUANTITY_PER_LINE, Math.max(1, line.stock))}
                      value={line.quantity}
                      onChange={(event) => setQuantity(line.variantId, Math.max(1, Math.trunc(Number(event.target.value)) || 1))}
                    />
                  </label>
                  <span className="st-price">{formatPrice(line.lineCents)}</span>
                  <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => setQuantity(line.variantId, 0)}>
                    Remove<span className="sl-visually-hidden"> {line.productName}</span>
                  </button>
                </li>
              ))}
            </ul>
            <dl className="st-cart__sums">
              <dt>Shipping</dt>
              <dd>{part.shippingCents === 0 ? "Free" : formatPrice(part.shippingCents)}</dd>
              <dt>Subtotal from {part.shop.name}</dt>
              <dd>{formatPrice(part.totalCents)}</dd>
            </dl>
          </section>
        ))}
      </div>
      <aside className="st-cart__total sl-box" aria-label="Order total">
        <dl className="st-cart__sums">
          <dt>Items</dt>
          <dd>{formatPrice(quote.subtotalCents)}</dd>
          <dt>Shipping ({quote.shops.length} {quote.shops.length === 1 ? "shop" : "shops"})</dt>
          <dd>{quote.shippingCents === 0 ? "Free" : formatPrice(quote.shippingCents)}</dd>
          <dt className="st-cart__grand">Total</dt>
          <dd className="st-cart__grand">{formatPrice(quote.totalCents)}</dd>
        </dl>
        {error ? <p className="sl-notice" role="alert">{error}</p> : null}
        {signInHref ? (
          <a className="sl-button" href={signInHref}>Sign in to pay</a>
        ) : (
          <button type="button" className="sl-button" disabled={!quote.orderable || paying} onClick={pay}>
            {paying ? "Opening payment…" : `Pay ${formatPrice(quote.totalCents)}`}
          </button>
        )}
        <p className="sl-muted st-cart__note">
          {quote.orderable ? "One payment for every shop; you give your shipping address on the payment page." : "Change the lines marked above to pay."}
        </p>
      </aside>
    </div>
  );
}
