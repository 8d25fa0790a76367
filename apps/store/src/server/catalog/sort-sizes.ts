const apparelOrder = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"];

/**
 * Sizes as a size menu lists them: shoe sizes by number, then S–XL in wearing order (a two-size fit like "S/M" just
 * after its smaller size), then anything else A–Z.
 */
export function sortSizes(sizes: Iterable<string>): string[] {
  const rank = (size: string): [number, number, string] => {
    const number = Number(size);
    if (size.trim() !== "" && Number.isFinite(number)) return [0, number, size];
    const [first = "", second] = size.toUpperCase().split("/");
    const apparel = apparelOrder.indexOf(first);
    return apparel >= 0 ? [1, apparel + (second === undefined ? 0 : 0.5), size] : [2, 0, size];
  };
  return [...new Set(sizes)].toSorted((a, b) => {
    const [groupA, orderA, textA] = rank(a);
    const [groupB, orderB, textB] = rank(b);
    return groupA - groupB || orderA - orderB || textA.localeCompare(textB, "en-US");
  });
}
