import type { FeedItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { listEvents } from "../events/list-events";
import { toEventFeedItem } from "./to-event-feed-item";

/** Upcoming events whose title, description, venue or city matches, soonest first. */
export async function searchEvents({ db, baseUrl, q, limit, now = new Date() }: { db: Database; baseUrl: string; q: string; limit: number; now?: Date }): Promise<FeedItem[]> {
  const cards = await listEvents({ db, query: { q, limit }, now });
  return cards.map((card) => toEventFeedItem({ card, baseUrl }));
}
