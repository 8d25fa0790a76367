export type { AddressingSource } from "./addressing-source";
export { AppLink, type AppLinkProps } from "./app-link";
export { createRootLayout } from "./create-root-layout";
export { fleetMetadata } from "./fleet-metadata";
export { FleetShell, type FleetShellProps } from "./fleet-shell";
export { Hero, type HeroProps } from "./hero";
export { Highlights, type Highlight } from "./highlights";
export { NotFound } from "./not-found";
export { VerticalCards } from "./vertical-cards";
