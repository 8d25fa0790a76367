import type { Attendee } from "./list-attendees";

// A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
const cell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The attendee list as CSV (RFC 4180, CRLF), safe to open in a spreadsheet. */
export function toAttendeesCsv(attendees: Attendee[]): string {
  const header = ["code", "ticket type", "name", "email", "status", "checked in at", "order"];
  const rows = attendees.map((a) => [a.code, a.type, a.name, a.email, a.status, a.checkedInAt ?? "", a.orderId]);
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
