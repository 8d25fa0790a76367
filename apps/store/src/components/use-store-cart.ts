"use client";

import { useCallback, useEffect, useState } from "react";

/** Quantities by product variant id: one cart across every shop of the store. */
export type StoreCart = Record<string, number>;

export const STORE_CART_KEY = "stepperslife.store.cart";
/** At most this many of one variant per order (the order API refuses more). */
export const MAX_QUANTITY_PER_LINE = 20;

function readCart(): StoreCart {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORE_CART_KEY) ?? "{}") as unknown;
    if (!saved || typeof saved !== "object") return {};
    return Object.fromEntries(
      Object.entries(saved).filter(([id, quantity]) => /^[0-9a-f-]{36}$/.test(id) && Number.isInteger(quantity) && (quantity as number) > 0),
    ) as StoreCart;
  } catch {
    return {}; // A damaged entry is as good as an empty cart.
  }
}

/**
 * The store cart, kept in localStorage so it survives reloads and signing in (the browser keeps it, as restaurants'
 * cart does), and shared live between tabs and components (a "storage" event for other tabs, a custom one here).
 */
export function useStoreCart() {
  const [cart, setCart] = useState<StoreCart>({});
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const reload = () => setCart(readCart());
    reload();
    setLoaded(true);
    window.addEventListener("storage", reload);
    window.addEventListener(STORE_CART_KEY, reload);
    return () => {
      window.removeEventListener("storage", reload);
      window.removeEventListener(STORE_CART_KEY, reload);
    };
  }, []);

  const write = useCallback((update: (current: StoreCart) => StoreCart) => {
    const next = update(readCart());
    window.localStorage.setItem(STORE_CART_KEY, JSON.stringify(next));
    setCart(next);
    window.dispatchEvent(new Event(STORE_CART_KEY));
  }, []);

  /** Sets a variant's quantity (0 removes it), capped at MAX_QUANTITY_PER_LINE. */
  const setQuantity = useCallback(
    (variantId: string, quantity: number) =>
      write((current) => {
        const { [variantId]: _removed, ...rest } = current;
        const capped = Math.min(MAX_QUANTITY_PER_LINE, Math.max(0, Math.trunc(quantity)));
        return capped > 0 ? { ...rest, [variantId]: capped } : rest;
      }),
    [write],
  );
  const add = useCallback(
    (variantId: string, quantity = 1) => write((current) => ({ ...current, [variantId]: Math.min(MAX_QUANTITY_PER_LINE, (current[variantId] ?? 0) + quantity) })),
    [write],
  );
  const clear = useCallback(() => write(() => ({})), [write]);
  const count = Object.values(cart).reduce((sum, quantity) => sum + quantity, 0);
  return { cart, count, loaded, add, setQuantity, clear };
}
