// Writes (or with --check, verifies) the .env.example of the app in the current folder from its
// src/env.ts shape and app.config.ts service. Run from an app folder: `npm run env:example`.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import { renderEnvExample } from "../src/render-env-example";

interface ServiceForExamples {
  name: string;
  title: string;
  database: string;
  storage: { bucket: string; port: number } | null;
}

const { envShape } = (await import(pathToFileURL(resolve("src/env.ts")).href)) as { envShape: z.ZodRawShape };
const { service } = (await import(pathToFileURL(resolve("app.config.ts")).href)) as { service: ServiceForExamples };

const text = renderEnvExample(envShape, {
  title: service.title,
  examples: {
    DATABASE_URL: `postgres://app_role:password@127.0.0.1:5432/${service.database}`,
    ...(service.storage && {
      S3_ENDPOINT: `http://127.0.0.1:${service.storage.port}`,
      S3_ACCESS_KEY: `${service.name}-app`,
      S3_BUCKET: service.storage.bucket,
    }),
  },
});

const target = resolve(".env.example");
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${target} is out of date with src/env.ts; run \`npm run env:example\` in the app folder.`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
