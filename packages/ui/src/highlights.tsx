export interface Highlight {
  title: string;
  text: string;
}

/** A titled grid of short points: what a vertical will offer, or why one account is enough. */
export function Highlights({ title, intro, items }: { title: string; intro?: string; items: readonly Highlight[] }) {
  return (
    <section className="sl-section" aria-label={title}>
      <h2 className="sl-section__title">{title}</h2>
      {intro ? <p className="sl-section__intro">{intro}</p> : null}
      <ul className="sl-grid">
        {items.map((item, index) => (
          <li key={item.title}>
            <div className="sl-card">
              <span className="sl-card__icon" aria-hidden="true">
                {index + 1}
              </span>
              <h3 className="sl-card__title">{item.title}</h3>
              <p className="sl-card__text">{item.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
