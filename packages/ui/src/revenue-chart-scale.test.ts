import { describe, expect, it } from "vitest";
import { dayLabels, fillDays, revenueScale } from "./revenue-chart-scale";

const sale = (day: string, revenueCents: number, orders = 1) => ({ day, orders, revenueCents });

describe("revenueScale", () => {
  it("steps by 1, 2, 2.5 or 5 times a power of ten dollars up to just above the best day", () => {
    expect(revenueScale(4_500)).toEqual({ topCents: 6_000, ticks: [0, 2_000, 4_000, 6_000] });
    expect(revenueScale(100_000)).toEqual({ topCents: 100_000, ticks: [0, 25_000, 50_000, 75_000, 100_000] });
    expect(revenueScale(1_200)).toEqual({ topCents: 1_500, ticks: [0, 500, 1_000, 1_500] });
  });

  it("never puts cents on the axis", () => {
    expect(revenueScale(300).ticks).toEqual([0, 100, 200, 300]);
    expect(revenueScale(50).ticks).toEqual([0, 100]);
    for (const max of [199, 850, 2_210, 9_999, 123_456]) {
      const { ticks, topCents } = revenueScale(max);
      expect(ticks.every((tick) => tick % 100 === 0), `ticks for ${max}`).toBe(true);
      expect(topCents).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});

describe("fillDays", () => {
  it("fills the days between sales with zeros", () => {
    const filled = fillDays([sale("2026-11-28", 500), sale("2026-12-03", 700)]);
    expect(filled.map((day) => day.day)).toEqual(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]);
    expect(filled.map((day) => day.revenueCents)).toEqual([0, 500, 0, 0, 0, 0, 700]);
  });

  it("shows a single day of sales as the last of a week", () => {
    const filled = fillDays([sale("2026-03-10", 1_500)]);
    expect(filled).toHaveLength(7);
    expect(filled.at(-1)).toEqual(sale("2026-03-10", 1_500));
    expect(filled[0]!.day).toBe("2026-03-04");
  });

  it("keeps a full period as it is, including across a daylight-saving change", () => {
    const days = Array.from({ length: 30 }, (_, index) => sale(new Date(Date.UTC(2026, 2, 1 + index)).toISOString().slice(0, 10), index));
    expect(fillDays(days)).toEqual(days);
    expect(fillDays([])).toEqual([]);
  });
});

describe("dayLabels", () => {
  it("labels about seven days back from the last, naming the month on the first and where a month begins", () => {
    const days = Array.from({ length: 30 }, (_, index) => new Date(Date.UTC(2026, 10, 5 + index)).toISOString().slice(0, 10));
    const labels = dayLabels(days);
    expect(labels.filter((label) => label !== null)).toEqual(["Nov 9", "14", "19", "24", "29", "Dec 4"]);
    expect(labels.at(-1)).toBe("Dec 4");
    expect(labels[0]).toBeNull();
  });

  it("labels every day of a week", () => {
    expect(dayLabels(["2026-12-30", "2026-12-31", "2027-01-01"])).toEqual(["Dec 30", "31", "Jan 1"]);
  });
});
