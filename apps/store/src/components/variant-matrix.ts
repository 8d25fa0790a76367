/** One variant as the matrix editor holds it: money and stock as typed, so a half-typed box is not lost. */
export interface MatrixCell {
  id?: string;
  sku: string;
  price: string;
  stock: string;
}

export interface MatrixVariant {
  id: string;
  size: string;
  colour: string;
  sku: string;
  priceCents: number;
  stock: number;
}

export const cellKey = (size: string, colour: string) => `${size}\u0001${colour}`;

/** The sizes and colours of saved variants in their saved order, and each cell's values. */
export function toMatrix(variants: readonly MatrixVariant[]) {
  const sizes = [...new Set(variants.map((variant) => variant.size).filter(Boolean))];
  const colours = [...new Set(variants.map((variant) => variant.colour).filter(Boolean))];
  const cells: Record<string, MatrixCell> = {};
  for (const variant of variants) {
    cells[cellKey(variant.size, variant.colour)] = { id: variant.id, sku: variant.sku, price: (variant.priceCents / 100).toFixed(2), stock: String(variant.stock) };
  }
  return { sizes, colours, cells };
}

/** Every size × colour, in the lists' order; no sizes (or no colours) is one row without them. */
export function matrixRows(sizes: readonly string[], colours: readonly string[]) {
  const rows: { size: string; colour: string }[] = [];
  for (const size of sizes.length ? sizes : [""]) for (const colour of colours.length ? colours : [""]) rows.push({ size, colour });
  return rows;
}

/** A suggested SKU for a new cell: the product's code, the size without its dot, the colour's first letters. */
export function suggestSku(code: string, size: string, colour: string): string {
  const parts = [code, size.replace(/[^A-Za-z0-9]/g, ""), colour.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase()].filter(Boolean);
  return parts.join("-");
}

/** What PUT /api/owner/products/{id}/variants takes, from the grid as it is. */
export function toVariantsBody(rows: readonly { size: string; colour: string }[], cells: Record<string, MatrixCell>) {
  return rows.map(({ size, colour }) => {
    const cell = cells[cellKey(size, colour)] ?? { sku: "", price: "", stock: "" };
    return {
      ...(cell.id ? { id: cell.id } : {}),
      size,
      colour,
      sku: cell.sku,
      priceCents: Math.round(Number(cell.price) * 100),
      stock: cell.stock.trim() === "" ? Number.NaN : Number(cell.stock),
    };
  });
}
