/** What the dashboard shows of a promo code and may change (dates as ISO strings, from the server component). */
export interface EditablePromoCode {
  id: string;
  code: string;
  kind: "percent" | "amount";
  value: number;
  maxUses: number | null;
  uses: number;
  validFrom: string | null;
  validUntil: string | null;
  active: boolean;
}

/** The edit form's fields, as the inputs hold them (days as YYYY-MM-DD in the organizer's own time). */
export interface PromoCodeDraft {
  maxUses: string;
  validFrom: string;
  validUntil: string;
}

export type PromoCodeChanges = { maxUses?: number | null; validFrom?: string | null; validUntil?: string | null };

const pad = (n: number) => String(n).padStart(2, "0");
/** The day (YYYY-MM-DD) an instant falls on in this browser's time zone, for <input type="date">. */
export const toLocalDay = (iso: string | null) => (iso ? ((at) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`)(new Date(iso)) : "");
/** A code is valid from the start of its first day to the end of its last day, in the organizer's own time. */
export const startOfDay = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
export const endOfDay = (day: string) => (day ? new Date(`${day}T23:59:59`).toISOString() : null);

export function toPromoCodeDraft(promo: EditablePromoCode): PromoCodeDraft {
  return { maxUses: promo.maxUses === null ? "" : String(promo.maxUses), validFrom: toLocalDay(promo.validFrom), validUntil: toLocalDay(promo.validUntil) };
}

/** The PATCH body for an edited promo code (only what changed), or why it cannot be sent; the server checks again. */
export function toPromoCodeChanges(draft: PromoCodeDraft, promo: EditablePromoCode): { changes: PromoCodeChanges } | { error: string } {
  const maxUses = draft.maxUses.trim() ? Number(draft.maxUses) : null;
  if (maxUses !== null && (!Number.isInteger(maxUses) || maxUses < 1)) return { error: "Max uses must be a whole number of at least 1, or empty for no limit." };
  if (maxUses !== null && maxUses < promo.uses) return { error: `This code was used ${promo.uses} times; its limit cannot go below that.` };
  if (draft.validFrom && draft.validUntil && draft.validFrom > draft.validUntil) return { error: "The code must start being valid before it stops." };
  const changes: PromoCodeChanges = {};
  if (maxUses !== promo.maxUses) changes.maxUses = maxUses;
  if (draft.validFrom !== toLocalDay(promo.validFrom)) changes.validFrom = startOfDay(draft.validFrom);
  if (draft.validUntil !== toLocalDay(promo.validUntil)) changes.validUntil = endOfDay(draft.validUntil);
  return { changes };
}
