// Field names are the API's (camelCase keys); people read the words on the form. Most names say themselves once split
// ("postalCode" → "Postal code"); the few that do not are named here.
const namedFields: Record<string, string> = {
  startsAt: "Start",
  endsAt: "End",
  perOrderLimit: "Limit per order",
  maxUses: "Maximum uses",
  prepMinutes: "Preparation time",
  timeZone: "Time zone",
  promoCode: "Promo code",
  q: "Search",
  // A bare id or slug is a route's own segment: what the person followed was a link or typed a web address.
  id: "The link",
  slug: "Web address",
};

/** The last named segment of a path (`["lines", 0, "quantity"]` → "quantity"), or null for the whole input. */
export function fieldName(path: readonly PropertyKey[]): string | null {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const segment = path[index];
    if (typeof segment === "string" && !/^\d+$/.test(segment)) return segment;
  }
  return null;
}

/** Whether the field holds an amount of money in cents (`priceCents`), so its limits are said as money. */
export function isMoneyField(path: readonly PropertyKey[]): boolean {
  return /Cents$/.test(fieldName(path) ?? "");
}

/** What an issue of the whole form, not of one field, is called ("This is not valid."). */
export const WHOLE_FORM_LABEL = "This";

/** "priceCents" → "Price", "ticketTypeId" → "Ticket type", "postalCode" → "Postal code". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const name = fieldName(path);
  if (name === null) return WHOLE_FORM_LABEL;
  const named = namedFields[name];
  if (named) return named;
  const words = name
    .replace(/(Cents|Id|Ids|Key)$/, (suffix) => (suffix === "Ids" ? "s" : ""))
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : WHOLE_FORM_LABEL;
}
