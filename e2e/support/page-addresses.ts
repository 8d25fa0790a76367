import { fleet, getApp, type AppDefinition } from "@stepperslife/manifest";
import type { OwnerWorkspace } from "./owner-workspace";
import { listRouteFiles, routePath, type RouteFile } from "./route-files";

/**
 * The real value of each dynamic segment, by the page's app and its address up to that segment. A new dynamic page
 * fails the tests that visit every page until it gets a value here, rather than going unvisited.
 */
const dynamicValues: Record<string, (workspace: OwnerWorkspace) => string> = {
  "restaurants /dashboard/restaurants/[id]": (workspace) => workspace.restaurant.id,
  "restaurants /orders/[id]": (workspace) => workspace.restaurant.orderId,
  "restaurants /r/[slug]": (workspace) => workspace.restaurant.slug,
  "events /dashboard/events/[id]": (workspace) => workspace.event.id,
  "events /orders/[id]": (workspace) => workspace.event.orderId,
  "events /e/[slug]": (workspace) => workspace.event.slug,
  "store /dashboard/shops/[id]": (workspace) => workspace.store.shopId,
  "store /dashboard/shops/[id]/products/[productId]": (workspace) => workspace.store.productId,
  "store /orders/[id]": (workspace) => workspace.store.orderId,
  "store /p/[slug]": (workspace) => workspace.store.productSlug,
  "store /shops/[slug]": (workspace) => workspace.store.shopSlug,
};

/** Pages worth seeing in a second state too: with search results or a filter. */
export const extraVisits: { app: AppDefinition; path: string }[] = [
  { app: getApp("main"), path: "/search?q=soul" },
  { app: getApp("restaurants"), path: "/?q=grill" },
  { app: getApp("events"), path: "/?q=social" },
  { app: getApp("store"), path: "/?category=shoes&inStock=1" },
];

/** Every page of every app, found from the file tree (a page added tomorrow is listed too). */
export const pageRoutes: RouteFile[] = fleet.apps.flatMap((app) => listRouteFiles(app).filter((route) => route.kind === "page"));

/** A page's address with the workspace's own things in its dynamic segments. */
export function addressOf(route: RouteFile, workspace: OwnerWorkspace): string {
  return routePath(route, (segment) => {
    const upTo = `/${route.segments.slice(0, route.segments.indexOf(segment) + 1).map((each) => (each.kind === "fixed" ? each.text : `[${each.name}]`)).join("/")}`;
    const value = dynamicValues[`${route.app.name} ${upTo}`];
    if (!value) throw new Error(`${route.file}: no real value for [${segment.name}] (${route.app.name} ${upTo}); add one to dynamicValues`);
    return encodeURIComponent(value(workspace));
  });
}

/** Every page plus the extra states, as app and address. */
export function everyPage(workspace: OwnerWorkspace): { app: AppDefinition; path: string }[] {
  return [...pageRoutes.map((route) => ({ app: route.app, path: addressOf(route, workspace) })), ...extraVisits];
}
