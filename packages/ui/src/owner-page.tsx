import Link from "next/link";
import type { ReactNode } from "react";
import { ActionButton } from "./action-button";
import { TabLink } from "./tab-link";
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
    <div className="sl-stack sl-owner-page">
      <header className="sl-owner-page__head">
        {navFirst ? nav : null}
        <h1 className="sl-owner-page__title">{title}</h1>
        {navFirst ? null : nav}
      </header>
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
    <p className="sl-back" style={tight ? { margin: 0 } : undefined}>
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
  /** Kept for pages written before the tab bar: both now render the same tab bar. */
  listClassName?: "sl-tabs" | "sl-row";
}

/** The tabs of one managed thing (a restaurant, an event) as a tab bar, the current one marked, under a link back. */
export function OwnerTabs({ name, back, tabs }: OwnerTabsProps) {
  return (
    <nav aria-label={`Manage ${name}`} className="sl-stack sl-tabbar" style={{ gap: "0.6rem" }}>
      <BackLink href={back.href} tight>
        {back.label}
      </BackLink>
      <ul className="sl-tabs">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <TabLink href={tab.href}>{tab.label}</TabLink>
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
