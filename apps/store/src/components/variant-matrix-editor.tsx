"use client";

import { FormAlert, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { cellKey, matrixRows, suggestSku, toMatrix, toVariantsBody, type MatrixCell, type MatrixVariant } from "./variant-matrix";

export interface VariantMatrixEditorProps {
  productId: string;
  /** The start of suggested SKUs ("GLIDE"). */
  skuCode: string;
  variants: readonly MatrixVariant[];
}

/** A list of option names (sizes or colours) with add and remove. */
function OptionList({ label, values, onChange }: { label: string; values: string[]; onChange(values: string[]): void }) {
  const [draft, setDraft] = useState("");
  const add = () => {
    const value = draft.trim();
    if (value && !values.some((existing) => existing.toLowerCase() === value.toLowerCase())) onChange([...values, value]);
    setDraft("");
  };
  return (
    <fieldset className="sl-fieldset">
      <legend>{label}</legend>
      <ul className="st-matrix-chips" aria-label={label}>
        {values.map((value) => (
          <li key={value} className="sl-badge sl-badge--quiet">
            {value}{" "}
            <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Remove ${value}`} onClick={() => onChange(values.filter((other) => other !== value))}>
              ×
            </button>
          </li>
        ))}
        {values.length === 0 ? <li className="sl-muted">None</li> : null}
      </ul>
      <div className="sl-add-row">
        <input
          className="sl-input"
          aria-label={`New ${label.toLowerCase().replace(/s$/, "")}`}
          value={draft}
          maxLength={30}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
        />
        <button className="sl-btn sl-btn--small" type="button" onClick={add}>
          Add
        </button>
      </div>
    </fieldset>
  );
}

/**
 * The size × colour matrix: lists of sizes and colours, and a grid with each combination's SKU, price and stock,
 * saved at once (the route creates, updates and deletes variants in one go; refusals are said at their cell).
 */
export function VariantMatrixEditor({ productId, skuCode, variants }: VariantMatrixEditorProps) {
  const router = useRouter();
  const start = toMatrix(variants);
  const [sizes, setSizes] = useState(start.sizes);
  const [colours, setColours] = useState(start.colours);
  const [cells, setCells] = useState<Record<string, MatrixCell>>(start.cells);
  const [saved, setSaved] = useState(false);
  const failure = useFormFailure();
  const rows = matrixRows(sizes, colours);
  const lastPrice = Object.values(cells).find((cell) => cell.price)?.price ?? "";
  const cellOf = (size: string, colour: string): MatrixCell => cells[cellKey(size, colour)] ?? { sku: suggestSku(skuCode, size, colour), price: lastPrice, stock: "0" };
  const setCell = (size: string, colour: string, change: Partial<MatrixCell>) => setCells((current) => ({ ...current, [cellKey(size, colour)]: { ...cellOf(size, colour), ...change } }));
  const shown = rows.flatMap((_, index) => ["sku", "priceCents", "stock", "size", "colour"].map((field) => `variants.${index}.${field}`));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    failure.clear();
    const filled = Object.fromEntries(rows.map(({ size, colour }) => [cellKey(size, colour), cellOf(size, colour)]));
    try {
      await ownerRequest(`/api/owner/products/${productId}/variants`, "PUT", { variants: toVariantsBody(rows, filled) });
      setSaved(true);
      router.refresh();
    } catch (error) {
      failure.fail(error, "Saving the variants failed. Please try again.");
    }
  }

  const input = (index: number, field: "sku" | "price" | "stock", apiName: string, size: string, colour: string, props: object) => {
    const name = `variants.${index}.${apiName}`;
    return (
      <>
        <input className="sl-input" value={cellOf(size, colour)[field]} onChange={(event) => setCell(size, colour, { [field]: event.target.value })} required {...props} {...failure.inputProps(name)} />
        {failure.errorFor(name)}
      </>
    );
  };

  return (
    <form className="sl-stack sl-form" onSubmit={submit} aria-label="Sizes, colours, prices and stock">
      <h2 className="sl-box__title">Sizes, colours, prices and stock</h2>
      <div className="st-matrix-options">
        <OptionList label="Sizes" values={sizes} onChange={setSizes} />
        <OptionList label="Colours" values={colours} onChange={setColours} />
      </div>
      <p className="sl-muted" style={{ margin: 0 }}>
        {rows.length} variant{rows.length === 1 ? "" : "s"}. Removing a size or colour deletes its variants when you save; past orders keep their lines.
      </p>
      <table className="sl-table sl-table--cards st-matrix-grid">
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">SKU</th>
            <th scope="col">Price ($)</th>
            <th scope="col">Stock</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ size, colour }, index) => {
            const label = [size && `Size ${size}`, colour].filter(Boolean).join(" · ") || "The product";
            return (
              <tr key={cellKey(size, colour)}>
                <td data-label="Variant">
                  <strong>{label}</strong>
                  {failure.errorFor(`variants.${index}.size`)}
                </td>
                <td data-label="SKU">{input(index, "sku", "sku", size, colour, { "aria-label": `SKU of ${label}`, maxLength: 40 })}</td>
                <td data-label="Price ($)">{input(index, "price", "priceCents", size, colour, { "aria-label": `Price of ${label}`, type: "number", min: "0.01", step: "0.01" })}</td>
                <td data-label="Stock">{input(index, "stock", "stock", size, colour, { "aria-label": `Stock of ${label}`, type: "number", min: "0", step: "1" })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormAlert message={failure.message(shown)} />
      {saved ? <p role="status">Variants saved.</p> : null}
      <div>
        <button className="sl-btn" type="submit">
          Save variants
        </button>
      </div>
    </form>
  );
}
