/// <reference types="vite/client" />
import { discoverRoutes } from "@stepperslife/testing/vertical-app";

export type { Routes } from "@stepperslife/testing/vertical-app";

/** Every route of this app by its URL path, found in src/app (no list to keep), imported after the test app set the env. */
export const importRoutes = () => discoverRoutes(import.meta.glob("../app/**/route.ts"));
