import "./styles/base.css";
import "./styles/shell.css";
import "./styles/blocks.css";
import "./styles/account.css";
import { appUrl, fleet, getApp, type AppDefinition, type PublicAddressing } from "@stepperslife/manifest";
import type { ReactNode } from "react";
import { BrandMark } from "./brand-mark";

export interface FleetShellProps {
  /** The app being rendered; its link is highlighted. */
  app: AppDefinition;
  /** Where the apps are reached (from the app's env), so links work in dev, tests and production alike. */
  addressing: PublicAddressing;
  /** The signed-in user's menu, top right; single sign-on provides it. */
  userMenu?: ReactNode;
  children: ReactNode;
}

/** The html/body chrome every app shares: brand, links to the seven apps, footer. */
export function FleetShell({ app, addressing, userMenu, children }: FleetShellProps) {
  const portal = getApp("main");
  const others = fleet.apps.filter((candidate) => candidate.name !== portal.name);
  const current = (candidate: AppDefinition) => (candidate.name === app.name ? "true" : undefined);

  return (
    <html lang="en">
      <body>
        <div className="sl-shell">
          <a className="sl-skip" href="#content">
            Skip to content
          </a>
          <header className="sl-header">
            <div className="sl-container sl-header__bar">
              <a className="sl-brand" href={appUrl(portal, addressing)} aria-current={current(portal)}>
                <BrandMark className="sl-brand__mark" />
                {portal.title}
              </a>
              <nav className="sl-nav" aria-label="SteppersLife apps">
                <ul className="sl-nav__list">
                  {others.map((other) => (
                    <li key={other.name}>
                      <a className="sl-nav__link" href={appUrl(other, addressing)} aria-current={current(other)}>
                        {other.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {userMenu ? <div className="sl-header__user">{userMenu}</div> : null}
            </div>
          </header>

          <main id="content" className="sl-main">
            <div className="sl-container">{children}</div>
          </main>

          <footer className="sl-footer">
            <div className="sl-container">
              <div className="sl-footer__grid">
                <div>
                  <a className="sl-brand" href={appUrl(portal, addressing)}>
                    <BrandMark className="sl-brand__mark" />
                    {portal.title}
                  </a>
                  <p className="sl-footer__about">{portal.description}</p>
                </div>
                <nav aria-label="All SteppersLife apps">
                  <ul className="sl-footer__links">
                    {fleet.apps.map((each) => (
                      <li key={each.name}>
                        <a href={appUrl(each, addressing)}>{each.name === portal.name ? "Home" : each.title}</a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
              <p className="sl-footer__legal">
                © {new Date().getFullYear()} {portal.title}. Made for the steppers community.
              </p>
            </div>
          </footer>
        </div>
      </body>
    </html>
  );
}
