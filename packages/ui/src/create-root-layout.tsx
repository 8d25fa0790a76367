import type { AppDefinition } from "@stepperslife/manifest";
import type { ReactNode } from "react";
import { resolveAddressing, type AddressingSource } from "./addressing-source";
import { FleetShell } from "./fleet-shell";

/** An app's whole root layout: `export default createRootLayout({ app: service, addressing });`. */
export function createRootLayout({ app, addressing }: { app: AppDefinition; addressing: AddressingSource }) {
  return async function RootLayout({ children }: { children: ReactNode }) {
    return (
      <FleetShell app={app} addressing={await resolveAddressing(addressing)}>
        {children}
      </FleetShell>
    );
  };
}
