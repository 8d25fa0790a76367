import { describe, expect, it } from "vitest";
import { cellKey, matrixRows, suggestSku, toMatrix, toVariantsBody } from "./variant-matrix";

describe("the variant matrix", () => {
  it("is every size × colour, or one row when a product has neither", () => {
    expect(matrixRows(["9", "10"], ["Black"])).toEqual([{ size: "9", colour: "Black" }, { size: "10", colour: "Black" }]);
    expect(matrixRows([], [])).toEqual([{ size: "", colour: "" }]);
    expect(matrixRows([], ["Red", "Blue"]).map((row) => row.colour)).toEqual(["Red", "Blue"]);
  });

  it("reads saved variants back into lists and cells, and sends the grid as typed", () => {
    const { sizes, colours, cells } = toMatrix([
      { id: "a", size: "9", colour: "Black", sku: "OX-9-BLA", priceCents: 14_500, stock: 2 },
      { id: "b", size: "10", colour: "Black", sku: "OX-10-BLA", priceCents: 14_500, stock: 0 },
    ]);
    expect([sizes, colours]).toEqual([["9", "10"], ["Black"]]);
    expect(cells[cellKey("9", "Black")]).toEqual({ id: "a", sku: "OX-9-BLA", price: "145.00", stock: "2" });
    const body = toVariantsBody(matrixRows([...sizes, "11"], colours), { ...cells, [cellKey("11", "Black")]: { sku: "OX-11", price: "150", stock: "" } });
    expect(body[0]).toEqual({ id: "a", size: "9", colour: "Black", sku: "OX-9-BLA", priceCents: 14_500, stock: 2 });
    expect(body[2]).toMatchObject({ size: "11", sku: "OX-11", priceCents: 15_000 });
    expect(body[2]!.stock).toBeNaN();
  });

  it("suggests SKUs from the code, size and colour", () => {
    expect(suggestSku("OX", "10.5", "Cognac")).toBe("OX-105-COG");
    expect(suggestSku("HAT", "", "")).toBe("HAT");
  });
});
