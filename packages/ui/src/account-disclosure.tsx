"use client";

import { useEffect, useRef, type ReactNode } from "react";

export interface AccountDisclosureProps {
  /** Accessible name of the menu (a `group`), e.g. "Your account". */
  label: string;
  /** What the closed menu shows: avatar and name. */
  summary: ReactNode;
  children: ReactNode;
}

/**
 * A native <details> menu: it opens and closes without JavaScript (and before hydration). Once hydrated
 * it also closes like a menu should: on a click elsewhere and on Escape.
 */
export function AccountDisclosure({ label, summary, children }: AccountDisclosureProps) {
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    document.addEventListener("pointerdown", closeOnOutsidePointer);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOnOutsidePointer);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, []);

  return (
    <details ref={menu} className="sl-account" aria-label={label}>
      <summary className="sl-account__toggle">{summary}</summary>
      {children}
    </details>
  );
}
