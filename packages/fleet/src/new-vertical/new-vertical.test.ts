import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseManifest, verticals } from "@stepperslife/manifest";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { repoRoot } from "../fleet-paths";
import { findKitDrift, generatedVerticals } from "./check-generated-verticals";
import { newVertical } from "./new-vertical";
import { verticalFiles } from "./templates";

/** Every file under a folder, relative to it, with its text: what "nothing was written" is checked against. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(dir.length), await readFile(file, "utf8")])));
}

describe("npm run new:vertical", () => {
  let root: string;
  const lines: string[] = [];
  const install = vi.fn(async () => {});
  const run = (...args: string[]) => newVertical({ args: [...args, "--root", root], root: "/nowhere", log: (line) => lines.push(line), install, now: new Date("2027-01-02T03:04:05Z") });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "new-vertical-"));
    await mkdir(join(root, "packages", "manifest"), { recursive: true });
    await cp(join(repoRoot, "packages", "manifest", "apps.json"), join(root, "packages", "manifest", "apps.json"));
    await mkdir(join(root, "apps", "store"), { recursive: true });
    lines.length = 0;
    install.mockClear();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it.each([["Bakery"], ["bak-ery"], ["bakery2"], ["b"], ["store"], ["events"]])("refuses %s with exit code 2 and writes nothing", async (name) => {
    const before = await snapshot(root);
    expect(await run(name)).toBe(2);
    expect(lines.join("\n")).toMatch(name === "store" || name === "events" ? /already exists.*Nothing was written/s : /not a lowercase slug/);
    expect(await snapshot(root)).toEqual(before);
    expect(install).not.toHaveBeenCalled();
  });

  it("refuses a folder under apps/ that the manifest does not know yet", async () => {
    await mkdir(join(root, "apps", "bakery"));
    expect(await run("bakery")).toBe(2);
    expect(lines.join("\n")).toContain("as apps/bakery");
  });

  it("writes the vertical and its manifest entry on the next free ports, then installs", async () => {
    expect(await run("bakery")).toBe(0);
    const manifest = parseManifest(JSON.parse(await readFile(join(root, "packages", "manifest", "apps.json"), "utf8")));
    const bakery = manifest.apps.at(-1)!;
    const highest = (ports: number[]) => Math.max(...ports);
    expect(bakery).toMatchObject({ name: "bakery", title: "Bakery", subdomain: "bakery", database: "stepperslife_bakery" });
    expect(bakery.port).toBe(highest(manifest.apps.slice(0, -1).map((app) => app.port)) + 1);
    expect(bakery.storage).toEqual({ bucket: "bakery", port: highest(verticals.map((app) => app.storage.port)) + 1 });
    expect(bakery.portal?.title).toBeTruthy();

    const written = await snapshot(join(root, "apps", "bakery"));
    const expected = verticalFiles(bakery, { now: new Date("2027-01-02T03:04:05Z") });
    expect(Object.keys(written).sort()).toEqual(expected.map((file) => `/${file.path}`).sort());
    expect(written["/prisma/migrations/20270102030405_init/migration.sql"]).toContain("first migration");
    expect(install).toHaveBeenCalledWith(root);
    expect(generatedVerticals(root)).toEqual(["bakery"]);
    expect(await run("--check")).toBe(0);
  });

  it("--check names a kit file edited by hand, and --update puts it back", async () => {
    expect(await run("bakery", "--no-install")).toBe(0);
    expect(install).not.toHaveBeenCalled();
    await writeFile(join(root, "apps", "bakery", "src", "app", "not-found.tsx"), "export default () => null;\n");
    lines.length = 0;
    expect(await run("--check", "bakery")).toBe(1);
    expect(lines[0]).toBe("apps/bakery/src/app/not-found.tsx: differs from the template");
    expect(await run("bakery", "--update")).toBe(0);
    expect(await run("--check")).toBe(0);
  });

  it("--update leaves a schema grown into a prisma/schema/ folder alone (no single schema.prisma put back)", async () => {
    expect(await run("bakery", "--no-install")).toBe(0);
    const prisma = join(root, "apps", "bakery", "prisma");
    await mkdir(join(prisma, "schema"));
    await writeFile(join(prisma, "schema", "schema.prisma"), await readFile(join(prisma, "schema.prisma"), "utf8"));
    await rm(join(prisma, "schema.prisma"));
    lines.length = 0;
    expect(await run("bakery", "--update")).toBe(0);
    expect(lines[0]).not.toContain("added");
    expect(existsSync(join(prisma, "schema.prisma"))).toBe(false);
    expect(await run("--check")).toBe(0);
  });

  it("--check names a kit file the templates no longer make, and --update deletes it", async () => {
    expect(await run("bakery", "--no-install")).toBe(0);
    await writeFile(join(root, "apps", "bakery", "prisma.config.ts"), `export { default } from "@stepperslife/db-migrate/app-prisma-config";\n`);
    lines.length = 0;
    expect(await run("--check", "bakery")).toBe(1);
    expect(lines[0]).toBe("apps/bakery/prisma.config.ts: no longer a kit file (delete it)");
    lines.length = 0;
    expect(await run("bakery", "--update")).toBe(0);
    expect(lines[0]).toContain("deleted prisma.config.ts");
    expect(existsSync(join(root, "apps", "bakery", "prisma.config.ts"))).toBe(false);
    expect(await run("--check")).toBe(0);
  });
});

describe("the verticals made by the generator", () => {
  it("are store, classes, magazine and services, each exactly on today's templates", () => {
    expect(generatedVerticals(repoRoot)).toEqual(["store", "classes", "magazine", "services"]);
    expect(findKitDrift({ root: repoRoot })).toEqual([]);
  });
});
