import type { ReactNode } from "react";
import "./styles/page.css";

export interface TableScrollProps {
  /** The region's name, said before the table (usually the table's own name). */
  label: string;
  /** More classes for the frame (its margins, say). */
  className?: string;
  children: ReactNode;
}

/**
 * A wide table's frame: on a phone the table scrolls sideways inside it instead of widening the page. Focusable, so a
 * keyboard can scroll it too.
 */
export function TableScroll({ label, className, children }: TableScrollProps) {
  return (
    <div className={className ? `sl-table-scroll ${className}` : "sl-table-scroll"} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
