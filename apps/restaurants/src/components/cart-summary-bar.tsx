"use client";

import { formatMoney } from "@stepperslife/format";

export interface CartSummaryBarProps {
  count: number;
  totalCents: number;
  /** The last change said in words ("Added Collard greens"), announced politely; null before any. */
  message: string | null;
  /** Brings the cart into view (on a phone it is below the whole menu). */
  onOpenCart: () => void;
}

/**
 * Stays at the bottom of the screen while the menu scrolls: what was just added, how many items, the total, and a
 * way down to the cart. The message is the page's one live region, so every add is both seen and heard.
 */
export function CartSummaryBar({ count, totalCents, message, onOpenCart }: CartSummaryBarProps) {
  return (
    // Empty, only the (empty) live region stays: it must exist before the first add for that add to be announced.
    <section className="rs-cart-bar" aria-label="Cart summary" data-empty={count === 0 ? "" : undefined}>
      <p className="rs-cart-bar__message" role="status">
        {message}
      </p>
      {count > 0 ? (
        <>
          <p className="rs-cart-bar__summary">
            <strong>{count === 1 ? "1 item" : `${count} items`}</strong> · {formatMoney(totalCents)}
          </p>
          <button type="button" className="sl-btn sl-btn--small" onClick={onOpenCart}>
            View order
          </button>
        </>
      ) : null}
    </section>
  );
}
