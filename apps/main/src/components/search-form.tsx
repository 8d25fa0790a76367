import styles from "./portal.module.css";

/** A plain GET form to /search: works before (and without) JavaScript. */
export function SearchForm({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  return (
    <form className={styles.search} action="/search" method="get" role="search">
      <label className={styles.searchLabel} htmlFor="portal-search">
        Search SteppersLife
      </label>
      <input
        id="portal-search"
        className={styles.searchInput}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={100}
        placeholder="Restaurants, events, classes, shoes…"
        autoFocus={autoFocus}
      />
      <button className="sl-button" type="submit">
        Search
      </button>
    </form>
  );
}
