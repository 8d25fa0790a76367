import Link from "next/link";
import { categories, categoryLabels, type ProductFilters } from "@/server/catalog/catalog-schemas";
import { catalogHref } from "./catalog-href";

/** The categories as links, the current one marked; each keeps the rest of the search. */
export function CategoryChips({ filters }: { filters: ProductFilters }) {
  const chips = [{ label: "Everything", category: undefined }, ...categories.map((category) => ({ label: categoryLabels[category], category }))];
  return (
    <nav aria-label="Categories">
      <ul className="sl-tabs st-chips">
        {chips.map((chip) => (
          <li key={chip.label}>
            <Link href={catalogHref(filters, { category: chip.category })} aria-current={filters.category === chip.category ? "page" : undefined}>
              {chip.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
