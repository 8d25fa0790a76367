// Writes (or with --check, verifies) the .env.example of the vertical in the current folder: its variables are the
// kernel's, its examples come from its manifest entry. Run from an app folder: `npm run env:example`.
import { writeEnvExample } from "@stepperslife/env/write-env-example";
import { getApp } from "@stepperslife/manifest";
import { verticalEnvShape } from "../src/vertical-env";

const [name] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!name) throw new Error("usage: env-example <app name> [--check]");
const check = process.argv.includes("--check");
writeEnvExample({ shape: verticalEnvShape, service: getApp(name), source: "@stepperslife/vertical", check });
