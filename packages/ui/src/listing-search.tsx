import type { ReactNode } from "react";
import { countWords } from "./count-words";

export interface ListingFiltersProps {
  /** What the search finds, for screen readers ("Find an event"). */
  label: string;
  /** The filter fields: labelled inputs, FilterSelects, checkboxes. */
  children: ReactNode;
}

/** A public listing's filter bar: a GET form back to the listing (so results can be linked), ending in "Search". */
export function ListingFilters({ label, children }: ListingFiltersProps) {
  return (
    <form className="sl-filters" role="search" aria-label={label} action="/">
      {children}
      <button className="sl-btn" type="submit">
        Search
      </button>
    </form>
  );
}

export interface FilterSelectProps {
  label: string;
  name: string;
  defaultValue: string | undefined;
  /** The first option, which filters nothing out ("Any city"). */
  anyLabel: string;
  options: readonly string[];
}

/** One filter picked from the values the listing has, or none. */
export function FilterSelect({ label, name, defaultValue, anyLabel, options }: FilterSelectProps) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={defaultValue ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}

export interface ListingResultsProps {
  /** The list's accessible name ("Events"). */
  label: string;
  count: number;
  /** The noun the count is of, singular and plural ("event", "events"). */
  noun: readonly [singular: string, plural: string];
  /** What was wrong with the filters, in words (the listing then shows what it could). */
  problem?: string | null;
  /** The cards, each an `<li>`. */
  children: ReactNode;
}

/** The listing under its filters: any problem with them, the count (announced as it changes), then the cards. */
export function ListingResults({ label, count, noun, problem, children }: ListingResultsProps) {
  return (
    <>
      {problem ? <p className="sl-error">{problem}</p> : null}
      <p role="status" className="sl-muted">
        {countWords(count, ...noun)}
      </p>
      <ul className="sl-tiles" aria-label={label}>
        {children}
      </ul>
    </>
  );
}
