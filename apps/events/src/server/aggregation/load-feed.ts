import type { FeedItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { listEvents } from "../events/list-events";
import { toEventFeedItem } from "./to-event-feed-item";

/** The portal's events section: the next published events, soonest first (cancelled ones left out). */
export async function loadFeed({ db, baseUrl, now = new Date() }: { db: Database; baseUrl: string; now?: Date }): Promise<FeedItem[]> {
  const cards = await listEvents({ db, query: { limit: 40 }, now });
  return cards.filter((card) => card.status === "published").slice(0, 20).map((card) => toEventFeedItem({ card, baseUrl }));
}
