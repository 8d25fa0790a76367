"use client";

import { formatMoney } from "@stepperslife/format";

export interface CartLine {
  item: { id: string; name: string; priceCents: number };
  quantity: number;
}

/** The cart's dishes: unit price × quantity and the line's total, with − and + beside each. */
export function CartLines({ lines, change }: { lines: CartLine[]; change: (itemId: string, delta: number) => void }) {
  if (lines.length === 0) return <p className="sl-muted">Your cart is empty.</p>;
  return (
    <ul className="rs-cart-lines" aria-label="In your cart">
      {lines.map(({ item, quantity }) => (
        <li key={item.id}>
          <span className="rs-cart-lines__name">{item.name}</span>
          <span className="rs-cart-lines__math sl-muted">
            {formatMoney(item.priceCents)} × {quantity}
          </span>
          <strong className="rs-cart-lines__total">{formatMoney(item.priceCents * quantity)}</strong>
          <span className="rs-cart-lines__controls">
            <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => change(item.id, -1)} aria-label={`Remove one ${item.name}`}>
              −
            </button>
            <button type="button" className="sl-btn sl-btn--ghost sl-btn--small" onClick={() => change(item.id, 1)} aria-label={`Add one more ${item.name}`}>
              +
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
