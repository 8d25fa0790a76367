/**
 * "Sharp Threads & Co." → "sharp-threads-co": the part of a web address made from a name (accents folded, apostrophes
 * dropped, at most 50 characters). A name that leaves fewer than 3 becomes `<fallback>-<what is left>` ("shop-x").
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f']/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
  return slug.length >= 3 ? slug : `${fallback}-${slug || "new"}`;
}
