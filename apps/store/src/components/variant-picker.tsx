"use client";

import type { ProductVariantView } from "@/server/catalog/get-product-page";
import { chooseVariant, type VariantChoice } from "./choose-variant";

export interface VariantPickerProps {
  productId: string;
  sizes: string[];
  colours: string[];
  variants: ProductVariantView[];
  chosen: VariantChoice;
  onChoose(choice: VariantChoice): void;
}

/** What an option says beside itself, given the other option chosen: nothing, "Sold out", or that it means a change. */
function optionNote(variant: ProductVariantView | undefined, otherName: string): string | null {
  if (!variant) return `Not in ${otherName}`;
  return variant.stock > 0 ? null : "Sold out";
}

/**
 * Size × colour as two groups of radio buttons (arrow keys move within a group, as native radios do). Every option
 * stays choosable: one that does not exist with the other choice switches that one too, and a sold-out combination is
 * marked as such, so a buyer sees it rather than a dead, unexplained button.
 */
export function VariantPicker({ productId, sizes, colours, variants, chosen, onChoose }: VariantPickerProps) {
  const find = (size: string, colour: string) => variants.find((variant) => variant.size === size && variant.colour === colour);
  const group = (axis: "size" | "colour", options: string[]) => {
    const legend = axis === "size" ? "Size" : "Colour";
    return (
      <fieldset className="st-picker">
        <legend className="st-picker__legend">
          {legend}
          {chosen[axis] ? <span className="st-picker__current">: {chosen[axis]}</span> : null}
        </legend>
        <div className="st-picker__options">
          {options.map((option) => {
            const variant = axis === "size" ? find(option, chosen.colour) : find(chosen.size, option);
            const note = optionNote(variant, axis === "size" ? chosen.colour : `size ${chosen.size}`);
            return (
              <label key={option} className="st-option" data-state={note === "Sold out" ? "sold-out" : note ? "elsewhere" : undefined}>
                <input
                  className="st-option__input"
                  type="radio"
                  name={`${axis}-${productId}`}
                  value={option}
                  checked={chosen[axis] === option}
                  onChange={() => onChoose(chooseVariant(variants, chosen, { [axis]: option }))}
                />
                <span className="st-option__name">{option}</span>
                {note ? <span className="st-option__note">{note}</span> : null}
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  };
  return (
    <div className="st-pickers">
      {sizes.length > 1 ? group("size", sizes) : null}
      {colours.length > 1 ? group("colour", colours) : null}
    </div>
  );
}
