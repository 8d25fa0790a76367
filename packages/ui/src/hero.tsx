import type { ReactNode } from "react";

export interface HeroProps {
  eyebrow?: string;
  title: string;
  lead: string;
  /** Extra paragraphs under the lead. */
  children?: ReactNode;
  /** Buttons, e.g. a PortalLink. */
  actions?: ReactNode;
}

/** The top of a home page: the app's name, what it is for, and where to go next. */
export function Hero({ eyebrow, title, lead, children, actions }: HeroProps) {
  return (
    <section className="sl-hero">
      {eyebrow ? <p className="sl-eyebrow">{eyebrow}</p> : null}
      <h1 className="sl-hero__title">{title}</h1>
      <p className="sl-hero__lead">{lead}</p>
      {children ? <div className="sl-hero__body">{children}</div> : null}
      {actions ? <div className="sl-actions">{actions}</div> : null}
    </section>
  );
}
