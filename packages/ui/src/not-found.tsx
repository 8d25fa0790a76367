import Link from "next/link";

/** Every app's 404, inside its FleetShell: `export { NotFound as default } from "@stepperslife/ui";`. */
export function NotFound() {
  return (
    <section className="sl-notice">
      <p className="sl-eyebrow">Page not found</p>
      <h1 className="sl-section__title">We couldn't find that page</h1>
      <p className="sl-section__intro">The link may be old, or the page may have moved. The home page is a good place to start again.</p>
      <Link className="sl-button" href="/">
        Go to the home page
      </Link>
    </section>
  );
}
