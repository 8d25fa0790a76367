import Link from "next/link";
import type { ReactNode } from "react";
import { ActionButton } from "./action-button";
import "./styles/page.css";

export interface OwnerPageProps {
  title: ReactNode;
  /** The page's way around the owner area (OwnerTabs, or a back link). */
  nav?: ReactNode;
  /** Whether the navigation comes above the title (the events dashboard) or below it (restaurants). */
  navFirst?: boolean;
  children?: ReactNode;
}

/** The frame of every owner page: a stack with the title and the owner area's navigation, then the page. */
export function OwnerPage({ title, nav, navFirst = false, children }: OwnerPageProps) {
  return (
    <div className="sl-stack">
      {navFirst ? nav : null}
      <h1 style={{ margin: 0 }}>{title}</h1>
      {navFirst ? null : nav}
      {children}
    </div>
  );
}

export interface BackLinkProps {
  href: string;
  children: ReactNode;
  /** Without the paragraph's margins, when it sits in a stack whose gap already spaces it. */
  tight?: boolean;
}

/** "← All your restaurants": the way back to the owner area's start. */
export function BackLink({ href, children, tight = false }: BackLinkProps) {
  return (
    <p style={tight ? { margin: 0 } : undefined}>
      <Link href={href}>← {children}</Link>
    </p>
  );
}

export interface OwnerTabsProps {
  /** What is managed, for the navigation's name ("Manage Soul Kitchen"). */
  name: string;
  /** The way back to all of them; the arrow is added. */
  back: { href: string; label: string };
  tabs: readonly { href: string; label: string }[];
  /** The tab list's class: the shared tabs, or a row. */
  listClassName?: "sl-tabs" | "sl-row";
}

/** The tabs of one managed thing (a restaurant, an event), under a link back to all of them. */
export function OwnerTabs({ name, back, tabs, listClassName = "sl-tabs" }: OwnerTabsProps) {
  return (
    <nav aria-label={`Manage ${name}`} className="sl-stack" style={{ gap: "0.5rem" }}>
      <BackLink href={back.href} tight>
        {back.label}
      </BackLink>
      <ul className={listClassName} style={listClassName === "sl-row" ? { padding: 0, margin: 0, listStyle: "none" } : undefined}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href}>{tab.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface DemoTakeoverProps {
  /** How many demo rows nobody owns yet; nothing renders at 0. */
  count: number;
  /** The owner route that hands them to the signed-in owner. */
  claimUrl: string;
  label: string;
  /** A notice around the button (its accessible name and text); without it the button stands alone in a row. */
  notice?: { name: string; text: ReactNode };
  className?: string;
}

/** "Take over the demo …": the first owner of a vertical gets its demo data, placed with a placeholder owner. */
export function DemoTakeover({ count, claimUrl, label, notice, className = "sl-btn" }: DemoTakeoverProps) {
  if (count <= 0) return null;
  const button = <ActionButton url={claimUrl} label={label} className={className} />;
  if (!notice) return button;
  return (
    <section className="sl-notice" aria-label={notice.name}>
      <p>{notice.text}</p>
      {button}
    </section>
  );
}
