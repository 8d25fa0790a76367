import { OwnerTabs } from "@stepperslife/ui";

const sections = [
  ["", "Details & tickets"],
  ["/attendees", "Attendees"],
  ["/check-in", "Door check-in"],
  ["/sales", "Sales"],
] as const;

/** The tabs of one event in the dashboard (the shared owner tabs, as a restaurant's), under the way back to all events. */
export function OrganizerNav({ eventId, title }: { eventId: string; title: string }) {
  const tabs = sections.map(([path, label]) => ({ href: `/dashboard/events/${eventId}${path}`, label }));
  return <OwnerTabs name={title} back={{ href: "/dashboard", label: "All your events" }} tabs={tabs} />;
}
