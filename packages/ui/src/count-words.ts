/** "1 order", "3 orders", "0 orders": a count with its noun, singular for exactly one. */
export function countWords(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}
