import { describe, expect, it } from "vitest";
import { endOfDay, startOfDay, toPromoCodeChanges, toPromoCodeDraft, type EditablePromoCode } from "./promo-code-draft";

const half: EditablePromoCode = { id: "p1", code: "HALF", kind: "percent", value: 50, maxUses: 10, uses: 4, validFrom: null, validUntil: endOfDay("2026-12-24"), active: true };

describe("promo code edits", () => {
  it("sends only what changed: the cap, and validity as the start of the first day and the end of the last", () => {
    const draft = toPromoCodeDraft(half);
    expect(draft).toEqual({ maxUses: "10", validFrom: "", validUntil: "2026-12-24" });
    expect(toPromoCodeChanges(draft, half)).toEqual({ changes: {} });
    expect(toPromoCodeChanges({ ...draft, maxUses: "" }, half)).toEqual({ changes: { maxUses: null } });
    expect(toPromoCodeChanges({ maxUses: "4", validFrom: "2026-12-01", validUntil: "" }, half)).toEqual({ changes: { maxUses: 4, validFrom: startOfDay("2026-12-01"), validUntil: null } });
  });

  it("refuses a cap below the uses taken, a bad number and an end before the start", () => {
    const draft = toPromoCodeDraft(half);
    expect(toPromoCodeChanges({ ...draft, maxUses: "3" }, half)).toEqual({ error: "This code was used 4 times; its limit cannot go below that." });
    expect(toPromoCodeChanges({ ...draft, maxUses: "0" }, half)).toHaveProperty("error");
    expect(toPromoCodeChanges({ ...draft, validFrom: "2026-12-25" }, half)).toHaveProperty("error");
  });
});
