import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { renderEnvExample } from "./render-env-example";

/** What of an app's manifest entry its examples are made from. */
export interface ServiceForExamples {
  name: string;
  title: string;
  database: string;
  storage: { bucket: string; port: number } | null;
}

export interface WriteEnvExampleOptions {
  shape: z.ZodRawShape;
  service: ServiceForExamples;
  /** Where the shape is defined, for the header and the "out of date" message. */
  source: string;
  /** Verify instead of write: exit 1 when the file differs. */
  check: boolean;
}

/** Writes (or with `check`, verifies) the `.env.example` of the app in the current folder. */
export function writeEnvExample({ shape, service, source, check }: WriteEnvExampleOptions): void {
  const text = renderEnvExample(shape, {
    title: service.title,
    source,
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
  if (!check) {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
    return;
  }
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${target} is out of date with ${source}; run \`npm run env:example\` in the app folder.`);
    process.exit(1);
  }
}
