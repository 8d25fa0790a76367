import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verticalEntryFiles } from "./vertical-entry-files";
import { writeVerticalEntryFiles } from "./write-vertical-entry-files";

describe("writeVerticalEntryFiles", () => {
  let appDir: string;
  beforeEach(async () => {
    appDir = await mkdtemp(join(tmpdir(), "entry-files-"));
  });
  afterEach(() => rm(appDir, { recursive: true, force: true }));

  it("writes the instrumentation hook and the proxy that point at the app's kernel", async () => {
    expect(await writeVerticalEntryFiles(appDir)).toEqual(["src/instrumentation.ts", "src/proxy.ts"]);
    const proxy = await readFile(join(appDir, "src/proxy.ts"), "utf8");
    expect(proxy).toContain("export const proxy = vertical.proxy;");
    // The matcher Next reads at build must stay a literal regular expression source with its backslash escaped once.
    expect(proxy).toContain(String.raw`matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]+$).*)"]`);
    expect(await readFile(join(appDir, "src/instrumentation.ts"), "utf8")).toContain(`(await import("./vertical")).vertical.register()`);
  });

  it("leaves files that already say the same untouched, and puts back one edited by hand", async () => {
    await writeVerticalEntryFiles(appDir);
    const proxyPath = join(appDir, "src/proxy.ts");
    const before = (await stat(proxyPath)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await writeVerticalEntryFiles(appDir)).toEqual([]);
    expect((await stat(proxyPath)).mtimeMs).toBe(before);

    await writeFile(proxyPath, "export const proxy = () => null;\n");
    expect(await writeVerticalEntryFiles(appDir)).toEqual(["src/proxy.ts"]);
    expect(await readFile(proxyPath, "utf8")).toBe(verticalEntryFiles.find((file) => file.path === "src/proxy.ts")?.content);
  });
});
