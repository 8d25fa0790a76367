import { appUrl, verticals } from "@stepperslife/manifest";
import { resolveAddressing, type AddressingSource } from "./addressing-source";

/** One card per vertical, from the manifest, linking to wherever that app is reached. */
export async function VerticalCards({ addressing }: { addressing: AddressingSource }) {
  const resolved = await resolveAddressing(addressing);
  return (
    <ul className="sl-grid">
      {verticals.map((vertical) => (
        <li key={vertical.name}>
          <a className="sl-card" href={appUrl(vertical, resolved)}>
            <span className="sl-card__icon" aria-hidden="true">
              {vertical.title.charAt(0)}
            </span>
            <h3 className="sl-card__title">{vertical.title}</h3>
            <p className="sl-card__text">{vertical.description}</p>
            <span className="sl-card__more">Visit {vertical.title} →</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
