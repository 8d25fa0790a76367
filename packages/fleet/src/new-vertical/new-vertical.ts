import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { formatManifest, parseManifest } from "@stepperslife/manifest";
import { findKitDrift, generatedVerticals } from "./check-generated-verticals";
import { planManifestEntry, VERTICAL_NAME } from "./plan-manifest-entry";
import { manifestFileAt, readManifestAt } from "./read-manifest-at";
import { retiredKitFiles, verticalFiles } from "./templates";

export const newVerticalUsage = `Usage: npm run new:vertical -- <name> [--no-install] [--root <dir>]
  writes apps/<name> (a vertical on the kernel) and its manifest entry, then runs npm install to link it
       npm run new:vertical -- <name> --update    rewrites a generated vertical's kit files from the templates
       npm run new:vertical -- --check [<name>]   fails when a generated vertical's kit files differ from them`;

export interface NewVerticalOptions {
  args: string[];
  root: string;
  log(line: string): void;
  /** Links the new workspace and records it in package-lock.json (`npm install`); tests pass a stub. */
  install(root: string): Promise<void>;
  now?: Date;
}

const EXIT_USAGE = 2;

function parseArgs(args: string[]) {
  const rootAt = args.indexOf("--root");
  const root = rootAt >= 0 ? args[rootAt + 1] : undefined;
  const rest = rootAt >= 0 ? args.filter((_, index) => index !== rootAt && index !== rootAt + 1) : args;
  const flags = new Set(rest.filter((arg) => arg.startsWith("--")));
  const names = rest.filter((arg) => !arg.startsWith("--"));
  const unknown = [...flags].filter((flag) => !["--check", "--update", "--no-install", "--help"].includes(flag));
  const usable = unknown.length === 0 && names.length <= 1 && !(flags.has("--check") && flags.has("--update"));
  return {
    root,
    name: names[0],
    usable: usable && (flags.has("--check") || names.length === 1) && !(rootAt >= 0 && !root),
    check: flags.has("--check"),
    update: flags.has("--update"),
    install: !flags.has("--no-install"),
  };
}

async function writeFiles(appDir: string, files: { path: string; content: string }[]) {
  for (const file of files) {
    await mkdir(dirname(join(appDir, file.path)), { recursive: true });
    await writeFile(join(appDir, file.path), file.content);
  }
}

/** `npm run new:vertical`: creates, updates or checks a vertical made from the templates; answers the exit code. */
export async function newVertical(options: NewVerticalOptions): Promise<number> {
  const parsed = parseArgs(options.args);
  const root = parsed.root ?? options.root;
  const { log } = options;
  if (options.args.includes("--help")) {
    log(newVerticalUsage);
    return 0;
  }
  if (!parsed.usable) {
    log(newVerticalUsage);
    return EXIT_USAGE;
  }
  if (parsed.check) return checkKit(root, parsed.name ? [parsed.name] : generatedVerticals(root), log);

  const name = parsed.name!;
  if (!VERTICAL_NAME.test(name)) {
    log(`"${name}" is not a lowercase slug: use 2–30 letters a–z, no digits, dashes or capitals. The name becomes`);
    log("the vertical's subdomain, folder, database stepperslife_<name>, bucket and <NAME>_INTERNAL_URL. Nothing was written.");
    return EXIT_USAGE;
  }
  const { raw, manifest } = readManifestAt(root);
  const existing = manifest.apps.find((app) => app.name === name);
  const appDir = join(root, "apps", name);
  if (parsed.update) return updateKit({ root, name, log, now: options.now });
  if (existing || existsSync(appDir)) {
    log(`"${name}" already exists (${existing ? "in the manifest" : `as apps/${name}`}). Nothing was written.`);
    log(`Pick another name; \`npm run new:vertical -- ${name} --update\` refreshes a generated vertical's kit files.`);
    return EXIT_USAGE;
  }

  const entry = planManifestEntry(manifest, name);
  const grown = { ...raw, apps: [...raw.apps, entry] };
  parseManifest(grown); // the entry fits the fleet (unique ports, names, bucket) before anything is written
  await writeFiles(appDir, verticalFiles(entry, { now: options.now }));
  await writeFile(manifestFileAt(root), formatManifest(grown));
  const storage = `bucket ${entry.storage!.bucket} (S3 server port ${entry.storage!.port})`;
  log(`Wrote apps/${name} and its manifest entry: port ${entry.port}, database ${entry.database}, ${storage}.`);
  if (parsed.install) await options.install(root);
  log(nextSteps(name));
  return 0;
}

/**
 * Rewrites a generated vertical's kit files and deletes the ones the templates no longer make; a start file only
 * when it is missing (the vertical owns the rest, its package.json scripts included).
 */
async function updateKit({ root, name, log, now }: { root: string; name: string; log(line: string): void; now?: Date }) {
  const entry = readManifestAt(root).manifest.apps.find((app) => app.name === name);
  if (!entry || !generatedVerticals(root).includes(name)) {
    log(`"${name}" is not a vertical made by new:vertical (a manifest entry and "stepperslife": { "kit" } in its package.json).`);
    return EXIT_USAGE;
  }
  const appDir = join(root, "apps", name);
  // A first migration only for a vertical that has none: migration history is never rewritten.
  const hasMigrations = existsSync(join(appDir, "prisma", "migrations"));
  // A schema grown into a folder (prisma/schema/: its models plus linked shared ones) replaces the single file.
  const schemaFolder = existsSync(join(appDir, "prisma", "schema"));
  const missing = (path: string) =>
    !existsSync(join(appDir, path)) &&
    !(hasMigrations && path.startsWith("prisma/migrations/")) &&
    !(schemaFolder && path === "prisma/schema.prisma");
  const files = verticalFiles(entry, { now }).filter((file) => file.kind === "kit" || missing(file.path));
  await writeFiles(appDir, files);
  const retired = retiredKitFiles.filter((path) => existsSync(join(appDir, path)));
  for (const path of retired) await rm(join(appDir, path));
  const added = files.filter((file) => file.kind === "start").map((file) => file.path);
  const notes = [added.length ? `added ${added.join(", ")}` : "", retired.length ? `deleted ${retired.join(", ")} (no longer a kit file)` : ""];
  log(`Rewrote apps/${name}'s kit files from the templates${notes.filter(Boolean).map((note) => `; ${note}`).join("")}.`);
  return 0;
}

function checkKit(root: string, apps: string[], log: (line: string) => void): number {
  const drift = findKitDrift({ root, apps });
  const problems = { missing: "missing", differs: "differs from the template", retired: "no longer a kit file (delete it)" } as const;
  for (const item of drift) log(`apps/${item.app}/${item.path}: ${problems[item.problem]}`);
  if (drift.length === 0) {
    log(`Kit files match the templates: ${apps.join(", ") || "no generated verticals"}.`);
    return 0;
  }
  log(`\nRegenerate with \`npm run new:vertical -- <name> --update\`, or change the template in packages/fleet/src/new-vertical/templates.`);
  return 1;
}

function nextSteps(name: string): string {
  return [
    "",
    "Next:",
    "  npm start    provisions its database, role, bucket and keys, and starts it with the fleet",
    `  apps/${name}/src/server/<feature>/<verb>-<noun>.ts    its domain code; its pages are under apps/${name}/src/app/`,
    `  npm run db:new -w @apps/${name} -- <migration name>    after editing its prisma/schema.prisma (README: Database migrations)`,
  ].join("\n");
}
