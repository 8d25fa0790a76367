"use client";

import { useEffect, useState } from "react";
import { formatViewerTime } from "@/server/events/format-event-time";

/**
 * An event's time as the venue's clock says it, labelled so ("1:00 PM EST, local time at the venue"; rendered on the
 * server, so it never depends on the reader), then, once in the browser and only when the reader's clock differs,
 * the same instant on theirs ("12:00 PM CST your time").
 */
export function EventTime({ iso, timeZone, venueText }: { iso: string; timeZone: string; venueText: string }) {
  const [viewerText, setViewerText] = useState<string | null>(null);
  useEffect(() => {
    setViewerText(formatViewerTime(new Date(iso), timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone));
  }, [iso, timeZone]);
  return (
    <>
      <time dateTime={iso}>{venueText}</time>
      <span className="sl-muted">, local time at the venue</span>
      {viewerText ? <span className="ev-viewer-time"> · {viewerText}</span> : null}
    </>
  );
}
