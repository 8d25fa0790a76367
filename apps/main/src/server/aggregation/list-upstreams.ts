import "server-only";
import { appUrl, verticals } from "@stepperslife/manifest";
import { addressing, env } from "../../env";
import type { Upstream } from "./types";

/** The six verticals in manifest order, each with the internal address from this app's env and its public address. */
export function listUpstreams(): Upstream[] {
  const values = env();
  const internalUrls: Record<string, string> = {
    restaurants: values.RESTAURANTS_INTERNAL_URL,
    events: values.EVENTS_INTERNAL_URL,
    store: values.STORE_INTERNAL_URL,
    classes: values.CLASSES_INTERNAL_URL,
    magazine: values.MAGAZINE_INTERNAL_URL,
    services: values.SERVICES_INTERNAL_URL,
  };
  return verticals.map((vertical) => {
    const internalUrl = internalUrls[vertical.name];
    if (!internalUrl) throw new Error(`No internal URL for vertical "${vertical.name}": add ${vertical.name.toUpperCase()}_INTERNAL_URL to src/env.ts`);
    return { app: vertical.name, title: vertical.title, internalUrl, publicUrl: appUrl(vertical, addressing()) };
  });
}
