import { describe, expect, it } from "vitest";
import { groupPayoutsByDay } from "./group-payouts-by-day";

const payment = (orderId: string, paidAt: string, amounts: Partial<{ grossCents: number; feeCents: number; refundedCents: number; feeRefundedCents: number }> = {}) => ({
  orderId,
  scopeId: "shop-a",
  paidAt: new Date(paidAt),
  currency: "usd",
  grossCents: 1_000,
  feeCents: 100,
  refundedCents: 0,
  feeRefundedCents: 0,
  disputeStatus: null,
  ...amounts,
});

const daysOf = (result: ReturnType<typeof groupPayoutsByDay>) => result.map(({ day, payments }) => [day, payments.map((each) => each.orderId)]);

describe("groupPayoutsByDay", () => {
  it("puts each payment on the day it was paid on the business's clock, across the spring DST change", () => {
    // Chicago, 8 March 2026: midnight is 06:00 UTC (CST), the next midnight 05:00 UTC (CDT, clocks went forward at 2 AM).
    const payments = [
      payment("late-on-the-7th", "2026-03-08T05:30:00Z"),
      payment("midnight-on-the-8th", "2026-03-08T06:00:00Z"),
      payment("last-minute-of-the-8th", "2026-03-09T04:59:00Z"),
      payment("midnight-on-the-9th", "2026-03-09T05:00:00Z"),
    ];
    expect(daysOf(groupPayoutsByDay(payments, "America/Chicago"))).toEqual([
      ["2026-03-09", ["midnight-on-the-9th"]],
      ["2026-03-08", ["last-minute-of-the-8th", "midnight-on-the-8th"]],
      ["2026-03-07", ["late-on-the-7th"]],
    ]);
    // The same instants on UTC's clock fall otherwise: the zone decides.
    expect(daysOf(groupPayoutsByDay(payments, "UTC")).map(([day]) => day)).toEqual(["2026-03-09", "2026-03-08"]);
  });

  it("keeps the 25-hour autumn day together and starts the next at its own midnight", () => {
    // 1 November 2026: CDT midnight is 05:00 UTC, clocks go back at 2 AM, CST midnight of the 2nd is 06:00 UTC.
    const result = groupPayoutsByDay(
      [payment("first", "2026-11-01T05:00:00Z"), payment("last", "2026-11-02T05:59:59Z"), payment("next-day", "2026-11-02T06:00:00Z")],
      "America/Chicago",
    );
    expect(daysOf(result)).toEqual([
      ["2026-11-02", ["next-day"]],
      ["2026-11-01", ["last", "first"]],
    ]);
  });

  it("works out each payment's net and each day's totals", () => {
    const [day] = groupPayoutsByDay(
      [
        payment("refunded-in-part", "2026-05-01T15:00:00Z", { grossCents: 2_000, feeCents: 200, refundedCents: 500, feeRefundedCents: 50 }),
        payment("whole", "2026-05-01T16:00:00Z", { grossCents: 1_500, feeCents: 150 }),
      ],
      "America/New_York",
    );
    expect(day!.payments.map((each) => [each.orderId, each.netCents])).toEqual([
      ["whole", 1_350],
      ["refunded-in-part", 1_350],
    ]);
    expect(day!.totals).toEqual({ grossCents: 3_500, feeCents: 350, refundedCents: 500, netCents: 2_700 });
  });

  it("refuses a time zone that does not exist", () => {
    expect(() => groupPayoutsByDay([payment("a", "2026-05-01T15:00:00Z")], "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => groupPayoutsByDay([], "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(groupPayoutsByDay([], "America/Chicago")).toEqual([]);
  });
});
