import { describe, expect, it } from "vitest";
import { toAttendeesCsv } from "./to-attendees-csv";

describe("toAttendeesCsv", () => {
  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    const csv = toAttendeesCsv([
      { code: "AAAA-BBBB-CCCC", type: "VIP, table", name: '=HYPERLINK("x")', email: "a@example.com", orderId: "o1", status: "checked in", checkedInAt: "2026-12-06T02:00:00.000Z" },
      { code: "DDDD-EEEE-FFFF", type: "General", name: "+1 guest", email: "b@example.com", orderId: "o2", status: "not checked in", checkedInAt: null },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "code,ticket type,name,email,status,checked in at,order",
      `AAAA-BBBB-CCCC,"VIP, table","'=HYPERLINK(""x"")",a@example.com,checked in,2026-12-06T02:00:00.000Z,o1`,
      "DDDD-EEEE-FFFF,General,'+1 guest,b@example.com,not checked in,,o2",
      "",
    ]);
  });
});
