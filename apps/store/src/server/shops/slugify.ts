/**
 * "Sharp Threads & Co." → "sharp-threads-co": a web address part from a name. The same rule as restaurants' own
 * slugify (no shared one exists yet); `fallback` names what a too-short one becomes ("shop-x", "product-x").
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
