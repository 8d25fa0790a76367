import { describe, expect, it } from "vitest";
import { minimumCapacity, toTicketTypeChanges, toTicketTypeDraft, type EditableTicketType } from "./ticket-type-draft";

const general: EditableTicketType = { id: "t1", name: "General", description: "", priceCents: 2000, capacity: 50, perOrderLimit: 10, sold: 7, held: 3 };

describe("ticket type edits", () => {
  it("sends only the fields that changed, the price in cents", () => {
    const draft = toTicketTypeDraft(general);
    expect(draft).toEqual({ name: "General", description: "", price: "20.00", capacity: "50", perOrderLimit: "10" });
    expect(toTicketTypeChanges(draft, general)).toEqual({ changes: {} });
    expect(toTicketTypeChanges({ ...draft, name: " Early bird ", price: "17.5", description: "Until Friday" }, general)).toEqual({ changes: { name: "Early bird", priceCents: 1750, description: "Until Friday" } });
    expect(toTicketTypeChanges({ ...draft, capacity: "10", perOrderLimit: "4" }, general)).toEqual({ changes: { capacity: 10, perOrderLimit: 4 } });
  });

  it("refuses a capacity below what is sold and held, and other impossible values", () => {
    expect(minimumCapacity(general)).toBe(10);
    expect(minimumCapacity({ ...general, sold: 0, held: 0 })).toBe(1);
    const draft = toTicketTypeDraft(general);
    expect(toTicketTypeChanges({ ...draft, capacity: "9" }, general)).toEqual({ error: expect.stringMatching(/^10 of these tickets/) });
    for (const bad of [{ name: "  " }, { price: "-1" }, { capacity: "0" }, { capacity: "2.5" }, { perOrderLimit: "51" }]) expect(toTicketTypeChanges({ ...draft, ...bad }, general)).toHaveProperty("error");
  });
});
