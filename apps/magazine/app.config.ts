import { getApp } from "@stepperslife/manifest";
import packageJson from "./package.json";

/** This app's entry in the fleet manifest: name, title, port, database, bucket. */
export const service = getApp("magazine");

/** Reported by /api/health when APP_VERSION is not set. */
export const packageVersion = packageJson.version;
