import type { SessionUser } from "@stepperslife/auth-config";
import type { AppDefinition } from "@stepperslife/manifest";
import type { ReactNode } from "react";
import { resolveAddressing, type AddressingSource } from "./addressing-source";
import { FleetShell } from "./fleet-shell";
import { UserMenu } from "./user-menu";

export interface RootLayoutOptions {
  app: AppDefinition;
  addressing: AddressingSource;
  /** The app's `auth.getSession`: who is signed in, for the header's menu. Never throws (a bad cookie is null). */
  getSession: () => Promise<SessionUser | null>;
}

/**
 * An app's whole root layout:
 * `export default createRootLayout({ app: service, addressing, getSession: () => auth.getSession() });`.
 */
export function createRootLayout({ app, addressing, getSession }: RootLayoutOptions) {
  return async function RootLayout({ children }: { children: ReactNode }) {
    const [resolved, user] = await Promise.all([resolveAddressing(addressing), getSession()]);
    return (
      <FleetShell app={app} addressing={resolved} userMenu={<UserMenu app={app} addressing={resolved} user={user} />}>
        {children}
      </FleetShell>
    );
  };
}
