import { Hero, ListingResults } from "@stepperslife/ui";
import { parseSearchParams, type PageParams } from "@stepperslife/ui/server";
import Link from "next/link";
import { CatalogFilters } from "@/components/catalog-filters";
import { CategoryChips } from "@/components/category-chips";
import { ProductCard } from "@/components/product-card";
import { noFilters, productFiltersSchema, type ProductFilters } from "@/server/catalog/catalog-schemas";
import { listCatalogFacets } from "@/server/catalog/list-catalog-facets";
import { listProducts } from "@/server/catalog/list-products";
import { db, service } from "@/vertical";
import "./catalog.css";

export const dynamic = "force-dynamic";

/** What to try when nothing matches, for the filters actually set (size, colour, price and stock hold for one variant). */
function emptyAdvice(filters: ProductFilters): string {
  const tries = [
    filters.q ? "fewer or shorter words" : null,
    filters.size || filters.colour ? "another size or colour" : null,
    filters.minPrice !== undefined || filters.maxPrice !== undefined ? "a wider price range" : null,
    filters.inStock ? "unticking “In stock only”" : null,
    filters.category || filters.shop ? "another category or shop" : null,
  ].filter(Boolean);
  const perVariant = Boolean(filters.size || filters.colour || filters.inStock) || filters.minPrice !== undefined || filters.maxPrice !== undefined;
  const said = `Try ${tries.length > 1 ? `${tries.slice(0, -1).join(", ")} or ${tries.at(-1)}` : tries[0]}.`;
  return perVariant ? `${said} Size, colour, price and stock must all hold for the same pair or piece.` : said;
}

/** Browse every shop's products: categories, filters (size, colour, price, shop, in stock), sort and search. */
export default async function HomePage({ searchParams }: { searchParams: PageParams }) {
  const { query: filters, problem } = await parseSearchParams(searchParams, productFiltersSchema, noFilters);
  const [products, facets] = await Promise.all([listProducts({ db: db(), filters }), listCatalogFacets({ db: db() })]);
  // Sorting narrows nothing: only these decide between "nothing matches" and "nothing for sale yet".
  const { q, category, size, colour, shop, inStock, minPrice, maxPrice } = filters;
  const filtered = Boolean(q || category || size || colour || shop || inStock) || minPrice !== undefined || maxPrice !== undefined;
  return (
    <div className="sl-stack">
      <Hero
        eyebrow="Dress the part"
        title={service.title}
        lead={service.description}
        actions={
          <>
            <Link className="sl-button" href="/cart">
              Your cart
            </Link>
            <Link className="sl-button sl-button--secondary" href="/orders">
              My purchases
            </Link>
          </>
        }
      />
      <CategoryChips filters={filters} />
      <CatalogFilters filters={filters} facets={facets} />
      <ListingResults label="Products" count={products.length} noun={["product", "products"]} problem={problem}>
        {products.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </ListingResults>
      {products.length === 0 ? (
        <div className="sl-box st-empty">
          {filtered ? (
            <>
              <h2 className="sl-box__title">Nothing matches all of these filters</h2>
              <p className="sl-muted">{emptyAdvice(filters)}</p>
              <p>
                <Link className="sl-btn sl-btn--ghost" href="/">
                  Show everything
                </Link>
              </p>
            </>
          ) : (
            <>
              <h2 className="sl-box__title">The shops are still stocking up</h2>
              <p className="sl-muted">Nothing is for sale yet. Come back soon, or open a shop of your own from the dashboard.</p>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
