import { z } from "zod";
import type { EnvDoc } from "./fields";

export interface EnvExampleOptions {
  /** Heading comment, e.g. the app's name. */
  title: string;
  /** App-specific examples that read better than the fragment's generic ones (database name, bucket). */
  examples?: Readonly<Record<string, string>>;
  /** Where the shape is defined, named in the file's header. */
  source?: string;
}

/** Writes a `.env.example` from the shape's own docs, so the file cannot drift from what is validated. */
export function renderEnvExample(shape: z.ZodRawShape, options: EnvExampleOptions): string {
  const lines = [
    `# ${options.title}: every environment variable this app reads.`,
    `# Generated from ${options.source ?? "src/env.ts"} by \`npm run env:example\` in this folder: change the schema, then regenerate.`,
    "# Empty values count as unset.",
  ];
  for (const [name, schema] of Object.entries(shape)) {
    const doc = z.globalRegistry.get(schema) as Partial<EnvDoc> | undefined;
    const whenUnset = z.safeParse(schema, undefined);
    const requirement = !whenUnset.success
      ? "Required."
      : whenUnset.data === undefined
        ? "Optional."
        : `Optional, defaults to ${String(whenUnset.data)}.`;
    lines.push("", `# ${doc?.description ?? name} ${requirement}`);
    const example = options.examples?.[name] ?? doc?.example ?? "";
    lines.push(whenUnset.success ? `# ${name}=${example}` : `${name}=${example}`);
  }
  return `${lines.join("\n")}\n`;
}
