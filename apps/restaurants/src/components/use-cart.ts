"use client";

import { useCallback, useEffect, useState } from "react";

export type Cart = Record<string, number>;

/** A cart per restaurant kept in localStorage, so it survives reloads; quantities by dish id. */
export function useCart(restaurantId: string) {
  const storageKey = `stepperslife.restaurants.cart:${restaurantId}`;
  const [cart, setCart] = useState<Cart>({});
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? "{}") as unknown;
      if (saved && typeof saved === "object") {
        setCart(Object.fromEntries(Object.entries(saved).filter(([, quantity]) => Number.isInteger(quantity) && (quantity as number) > 0)) as Cart);
      }
    } catch {
      // A damaged entry is as good as an empty cart.
    }
    setLoaded(true);
  }, [storageKey]);

  useEffect(() => {
    if (loaded) window.localStorage.setItem(storageKey, JSON.stringify(cart));
  }, [cart, loaded, storageKey]);

  const change = useCallback((itemId: string, delta: number) => {
    setCart((current) => {
      const quantity = Math.min(50, Math.max(0, (current[itemId] ?? 0) + delta));
      const { [itemId]: _removed, ...rest } = current;
      return quantity > 0 ? { ...rest, [itemId]: quantity } : rest;
    });
  }, []);
  const clear = useCallback(() => setCart({}), []);
  return { cart, change, clear, loaded };
}
