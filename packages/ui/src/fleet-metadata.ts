import { getApp, type AppDefinition } from "@stepperslife/manifest";
import type { Metadata } from "next";
import { brandIconUrl } from "./brand-icon";

/** Title and description from the manifest; verticals read "Restaurants · SteppersLife". */
export function fleetMetadata(app: AppDefinition): Metadata {
  const brand = getApp("main").title;
  const site = app.title === brand ? brand : `${app.title} · ${brand}`;
  return {
    title: { default: site, template: `%s · ${site}` },
    description: app.description,
    applicationName: brand,
    icons: { icon: brandIconUrl },
  };
}
