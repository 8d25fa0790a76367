import { describe, expect, it } from "vitest";
import { groupPayoutsByDay } from "./group-payouts-by-day";
import { toPayoutsCsv } from "./to-payouts-csv";

const base = { scopeId: "shop-a", currency: "usd", refundedCents: 0, feeRefundedCents: 0, disputeStatus: null };

describe("toPayoutsCsv", () => {
  it("writes one row per payment in decimal units, quoting as RFC 4180 says, with CRLF line ends", () => {
    const days = groupPayoutsByDay(
      [
        { ...base, orderId: "o-1", paidAt: new Date("2026-05-02T15:00:00Z"), grossCents: 123_456, feeCents: 12_346 },
        {
          ...base,
          orderId: "o-2",
          paidAt: new Date("2026-05-01T15:00:00Z"),
          grossCents: 2_005,
          feeCents: 201,
          refundedCents: 2_005,
          feeRefundedCents: 201,
          disputeStatus: "needs_response",
        },
        { ...base, orderId: "o-3", paidAt: new Date("2026-05-01T14:00:00Z"), grossCents: 7, feeCents: 0 },
      ],
      "America/Chicago",
    );
    const names: Record<string, string> = { "o-1": 'Order 12, "Ada" Lovelace', "o-2": "Order 13\nsecond line", "o-3": "=HYPERLINK(1)" };
    expect(toPayoutsCsv(days, { describeOrder: (orderId) => names[orderId]! })).toBe(
      "Date,Order,Gross,Fee,Refunds,Net,Dispute\r\n" +
        '2026-05-02,"Order 12, ""Ada"" Lovelace",1234.56,123.46,0.00,1111.10,\r\n' +
        '2026-05-01,"Order 13\nsecond line",20.05,0.00,20.05,0.00,needs_response\r\n' +
        "2026-05-01,'=HYPERLINK(1),0.07,0.00,0.00,0.07,\r\n",
    );
  });

  it("names orders by id without describeOrder, and knows currencies without cents", () => {
    const days = groupPayoutsByDay([{ ...base, orderId: "o-yen", currency: "jpy", paidAt: new Date("2026-05-01T03:00:00Z"), grossCents: 5_000, feeCents: 250 }], "Asia/Tokyo");
    expect(toPayoutsCsv(days)).toBe("Date,Order,Gross,Fee,Refunds,Net,Dispute\r\n2026-05-01,o-yen,5000,250,0,4750,\r\n");
    expect(toPayoutsCsv([])).toBe("Date,Order,Gross,Fee,Refunds,Net,Dispute\r\n");
  });
});
