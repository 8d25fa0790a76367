const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

/** The apps report use about once a minute, so anything more recent than two minutes reads as "Active now". */
const ACTIVE_NOW_MS = 2 * 60_000;

/**
 * When a session was last used, in words a person reads at a glance: "Active now", "Last used 5 minutes ago",
 * "Last used 3 hours ago", "Last used yesterday", "Last used 12 days ago". Sessions last 30 days, so days are the
 * largest unit needed.
 */
export function formatLastUsed(lastUsedAt: Date | null, now: Date = new Date()): string {
  if (!lastUsedAt) return "Not used yet";
  const ageMs = Math.max(0, now.getTime() - lastUsedAt.getTime());
  if (ageMs < ACTIVE_NOW_MS) return "Active now";
  const minutes = Math.floor(ageMs / 60_000);
  if (minutes < 60) return `Last used ${relative.format(-minutes, "minute")}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `Last used ${relative.format(-hours, "hour")}`;
  return `Last used ${relative.format(-Math.floor(hours / 24), "day")}`;
}
