import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appSchemaPath } from "./app-schema-path";
import { readSchemaFiles } from "./read-schema-files";

let appDir: string;

afterEach(() => rm(appDir, { recursive: true, force: true }));

describe("an app's schema", () => {
  it("is prisma/schema.prisma, or the prisma/schema/ folder when there is one", async () => {
    appDir = await mkdtemp(join(tmpdir(), "schema-path-"));
    await mkdir(join(appDir, "prisma"));
    expect(appSchemaPath(appDir)).toBe(join(appDir, "prisma", "schema.prisma"));
    await mkdir(join(appDir, "prisma", "schema"));
    expect(appSchemaPath(appDir)).toBe(join(appDir, "prisma", "schema"));
  });

  it("reads a shared model linked into the folder, as Prisma does, and skips other files", async () => {
    appDir = await mkdtemp(join(tmpdir(), "schema-link-"));
    const folder = join(appDir, "prisma", "schema");
    await mkdir(folder, { recursive: true });
    await mkdir(join(appDir, "shared"));
    await writeFile(join(appDir, "shared", "log.prisma"), "model Log {\n  id Int @id\n}\n");
    await writeFile(join(folder, "schema.prisma"), "model Shop {\n  id Int @id\n}\n");
    await writeFile(join(folder, "notes.md"), "not a schema");
    await symlink(join("..", "..", "shared", "log.prisma"), join(folder, "log.prisma"));
    const files = await readSchemaFiles(folder);
    expect(files.map((file) => file.path)).toEqual([join(folder, "log.prisma"), join(folder, "schema.prisma")]);
    expect(files[0]!.content).toContain("model Log");
  });
});
