import type { AccountPage, AppDefinition, Manifest } from "./manifest-schema";

export interface AppAccountPage extends AccountPage {
  app: AppDefinition;
}

/** Each app's page of the signed-in person's own things, in the manifest's order: what every account menu lists. */
export function accountPagesOf(manifest: Manifest): AppAccountPage[] {
  return manifest.apps.flatMap((app) => (app.accountPage ? [{ app, ...app.accountPage }] : []));
}
