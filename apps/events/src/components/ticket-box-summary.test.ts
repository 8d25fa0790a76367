import { describe, expect, it } from "vitest";
import { summarizeTicketBox } from "./ticket-box-summary";

describe("summarizeTicketBox", () => {
  it("prices nothing and asks for a choice before any ticket is chosen", () => {
    expect(summarizeTicketBox({ chosen: 0, totalCents: 0 })).toEqual({
      totalText: "Choose how many tickets you want above.",
      buttonText: "Choose tickets",
      canSubmit: false,
    });
  });

  it("says Free only when the chosen tickets cost nothing", () => {
    expect(summarizeTicketBox({ chosen: 1, totalCents: 0 })).toMatchObject({ totalText: "1 ticket · Free", canSubmit: true });
  });

  it("totals paid tickets with the right plural", () => {
    expect(summarizeTicketBox({ chosen: 3, totalCents: 4500 })).toEqual({
      totalText: "3 tickets · Total $45.00",
      buttonText: "Checkout",
      canSubmit: true,
    });
  });
});
