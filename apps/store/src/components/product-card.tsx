import { CoverPlaceholder } from "@stepperslife/ui";
import Link from "next/link";
import type { ProductCard as Card } from "@/server/catalog/to-product-card";

/** One product in a grid: photo, name, shop, price ("From $95"), and "New" or "Sold out" when it is. */
export function ProductCard({ product, showShop = true }: { product: Card; showShop?: boolean }) {
  return (
    <li className="sl-tile st-product-card">
      <Link href={`/p/${product.slug}`}>
        {product.imageUrl ? (
          <img src={product.imageUrl} alt="" loading="lazy" width={640} height={640} />
        ) : (
          <CoverPlaceholder name={product.name} className="sl-cover st-product-card__placeholder" />
        )}
        <div className="sl-tile__body">
          <h2 className="sl-tile__title st-product-card__title">{product.name}</h2>
          {showShop ? <p className="sl-muted st-product-card__shop">{product.shop.name}</p> : null}
          <div className="st-product-card__meta">
            <span className="st-price">{product.price.label}</span>
            {!product.inStock ? <span className="sl-badge sl-badge--off">Sold out</span> : product.isNew ? <span className="sl-badge sl-badge--ok">New</span> : null}
          </div>
        </div>
      </Link>
    </li>
  );
}
