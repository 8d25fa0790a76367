"use client";

import Link from "next/link";
import { useState } from "react";
import type { ProductVariantView } from "@/server/catalog/get-product-page";
import type { VariantChoice } from "./choose-variant";
import { COLOUR_CHOSEN_EVENT } from "./product-gallery";
import { MAX_QUANTITY_PER_LINE, useStoreCart } from "./use-store-cart";
import { VariantPicker } from "./variant-picker";

export interface ProductPurchaseProps {
  productId: string;
  productName: string;
  sizes: string[];
  colours: string[];
  variants: ProductVariantView[];
}

const availabilityLevel = (variant: ProductVariantView) => (variant.stock === 0 ? "out" : variant.availability === "In stock" ? "ok" : "low");

/**
 * Choosing a variant and a quantity and adding it to the one cart across shops: the chosen variant's own price and
 * availability, a quantity no larger than its stock (less what the cart already holds), then a confirmation with the
 * way to the cart. Opens on the first variant in stock.
 */
export function ProductPurchase({ productId, productName, sizes, colours, variants }: ProductPurchaseProps) {
  const { cart, count, add } = useStoreCart();
  const first = variants.find((variant) => variant.stock > 0) ?? variants[0]!;
  const [chosen, setChosen] = useState<VariantChoice>({ size: first.size, colour: first.colour });
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState<string | null>(null);
  const variant = variants.find((each) => each.size === chosen.size && each.colour === chosen.colour) ?? first;
  const inCart = cart[variant.id] ?? 0;
  const canAdd = Math.max(0, Math.min(variant.stock, MAX_QUANTITY_PER_LINE) - inCart);
  const fixed = [sizes.length === 1 ? `Size ${sizes[0]}` : null, colours.length === 1 ? colours[0] : null].filter(Boolean).join(" · ");

  function choose(choice: VariantChoice) {
    if (choice.colour !== chosen.colour) window.dispatchEvent(new CustomEvent(COLOUR_CHOSEN_EVENT, { detail: choice.colour }));
    setChosen(choice);
    setQuantity(1);
    setAdded(null);
  }

  function addToCart() {
    const taking = Math.min(quantity, canAdd);
    if (taking <= 0) return;
    add(variant.id, taking);
    setQuantity(1);
    setAdded(`Added ${taking} × ${productName}${variant.label ? ` (${variant.label})` : ""} to your cart.`);
  }

  return (
    <form
      className="st-purchase"
      aria-label={`Buy ${productName}`}
      onSubmit={(event) => {
        event.preventDefault();
        addToCart();
      }}
    >
      <VariantPicker productId={productId} sizes={sizes} colours={colours} variants={variants} chosen={chosen} onChoose={choose} />
      {fixed ? <p className="st-purchase__fixed">{fixed}</p> : null}
      <div className="st-purchase__status">
        <span className="st-price st-price--large">{variant.priceLabel}</span>
        <span className="st-availability" data-level={availabilityLevel(variant)}>
          {variant.availability}
        </span>
      </div>
      <div className="st-purchase__row">
        <label className="sl-field st-purchase__quantity">
          Quantity
          <input
            type="number"
            name="quantity"
            min={1}
            max={Math.max(1, canAdd)}
            value={quantity}
            disabled={canAdd === 0}
            onChange={(event) => setQuantity(Math.max(1, Math.min(canAdd || 1, Math.trunc(Number(event.target.value)) || 1)))}
          />
        </label>
        <button className="sl-btn st-purchase__add" type="submit" disabled={canAdd === 0}>
          {variant.stock === 0 ? "Sold out" : "Add to cart"}
        </button>
      </div>
      {inCart > 0 ? (
        <p className="sl-muted st-purchase__note">
          {inCart} in your cart{canAdd === 0 && variant.stock > 0 ? " — that is all we can sell you of this one." : "."}
        </p>
      ) : null}
      <div role="status" className="st-purchase__added">
        {added ? (
          <>
            <span>{added}</span>{" "}
            <Link className="sl-btn sl-btn--ghost sl-btn--small" href="/cart">
              View cart ({count})
            </Link>
          </>
        ) : null}
      </div>
    </form>
  );
}
