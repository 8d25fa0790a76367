import type { AppDefinition, Manifest, VerticalDefinition } from "./manifest-schema";

const isVertical = (app: AppDefinition): app is VerticalDefinition => app.subdomain !== null && app.storage !== null && app.portal !== null;

/** The manifest's verticals in its order: every app but the portal. */
export function verticalsOf(manifest: Manifest): VerticalDefinition[] {
  return manifest.apps.filter(isVertical);
}
