/**
 * What each vertical's section on the portal is called and says when it has nothing to show. Keyed by the
 * manifest's app name; a vertical missing here falls back to its manifest title.
 */
export const verticalSections: Record<string, { title: string; empty: string }> = {
  restaurants: { title: "Restaurants open now", empty: "No kitchens are taking orders right now." },
  events: { title: "Upcoming events", empty: "Nothing on the calendar yet." },
  store: { title: "New in the store", empty: "Nothing new in the store yet." },
  classes: { title: "Classes this week", empty: "No classes on the schedule this week." },
  magazine: { title: "Latest articles", empty: "No new stories yet." },
  services: { title: "Featured services", empty: "No pros featured yet." },
};
