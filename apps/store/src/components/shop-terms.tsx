import type { ShopTerms as Terms } from "@/server/catalog/describe-shop-terms";

/** A shop's shipping and return terms, said before anyone pays. */
export function ShopTerms({ terms, heading = "Shipping and returns" }: { terms: Terms; heading?: string }) {
  return (
    <section className="st-terms" aria-label={heading}>
      <h2 className="st-terms__title">{heading}</h2>
      <dl className="st-terms__list">
        <dt>Shipping</dt>
        <dd>{terms.shipping}</dd>
        <dt>Returns</dt>
        <dd>
          {terms.returns}
          {terms.returnTerms ? <span className="st-terms__words">{terms.returnTerms}</span> : null}
        </dd>
      </dl>
    </section>
  );
}
