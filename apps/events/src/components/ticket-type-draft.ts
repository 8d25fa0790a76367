/** What the inline editor shows of a ticket type, and what it may change. */
export interface EditableTicketType {
  id: string;
  name: string;
  description: string;
  priceCents: number;
  capacity: number;
  perOrderLimit: number;
  sold: number;
  held: number;
}

/** The edit form's fields, as the inputs hold them (strings, price in dollars). */
export interface TicketTypeDraft {
  name: string;
  description: string;
  price: string;
  capacity: string;
  perOrderLimit: string;
}

export type TicketTypeChanges = Partial<Pick<EditableTicketType, "name" | "description" | "priceCents" | "capacity" | "perOrderLimit">>;

export function toTicketTypeDraft(type: EditableTicketType): TicketTypeDraft {
  return { name: type.name, description: type.description, price: (type.priceCents / 100).toFixed(2), capacity: String(type.capacity), perOrderLimit: String(type.perOrderLimit) };
}

/** The lowest capacity the organizer may set: the seats already sold or held by a purchase in progress. */
export const minimumCapacity = (type: EditableTicketType) => Math.max(1, type.sold + type.held);

/**
 * The PATCH body for an edited ticket type: only the fields that differ (so a concurrent edit of another field is
 * not overwritten), or why the draft cannot be sent. The server checks the same limits again under the event lock.
 */
export function toTicketTypeChanges(draft: TicketTypeDraft, type: EditableTicketType): { changes: TicketTypeChanges } | { error: string } {
  const priceCents = Math.round(Number(draft.price || "0") * 100);
  const capacity = Number(draft.capacity);
  const perOrderLimit = Number(draft.perOrderLimit);
  if (!draft.name.trim()) return { error: "Give the ticket type a name." };
  if (!Number.isFinite(priceCents) || priceCents < 0) return { error: "The price must be a positive amount." };
  if (!Number.isInteger(capacity) || capacity < 1) return { error: "The capacity must be a whole number of at least 1." };
  if (capacity < type.sold + type.held) return { error: `${type.sold + type.held} of these tickets are sold or being bought; the capacity cannot go below that.` };
  if (!Number.isInteger(perOrderLimit) || perOrderLimit < 1 || perOrderLimit > 50) return { error: "The per-order limit must be between 1 and 50." };
  const next: Required<TicketTypeChanges> = { name: draft.name.trim(), description: draft.description.trim(), priceCents, capacity, perOrderLimit };
  const changes: TicketTypeChanges = {};
  for (const key of Object.keys(next) as (keyof TicketTypeChanges)[]) if (next[key] !== type[key]) Object.assign(changes, { [key]: next[key] });
  return { changes };
}
