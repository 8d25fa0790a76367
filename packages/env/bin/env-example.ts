// Writes (or with --check, verifies) the .env.example of the app in the current folder from its
// src/env.ts shape and app.config.ts service. Run from an app folder: `npm run env:example`.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import { writeEnvExample, type ServiceForExamples } from "../src/write-env-example";

const { envShape } = (await import(pathToFileURL(resolve("src/env.ts")).href)) as { envShape: z.ZodRawShape };
const { service } = (await import(pathToFileURL(resolve("app.config.ts")).href)) as { service: ServiceForExamples };

writeEnvExample({ shape: envShape, service, source: "src/env.ts", check: process.argv.includes("--check") });
