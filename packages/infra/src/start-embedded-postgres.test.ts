import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "./find-free-port";
import { startEmbeddedPostgres } from "./start-embedded-postgres";

const password = "correct horse battery staple";
const indexFile = fileURLToPath(new URL("./index.ts", import.meta.url));
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** PIDs of live (non-zombie) processes whose command line mentions the folder. */
function processesUsing(folder: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const state = readFileSync(`/proc/${pid}/stat`, "utf8");
        const alive = !state.slice(state.lastIndexOf(")") + 2).startsWith("Z");
        return alive && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A Node process (TypeScript through tsx) running `script` with this package imported as `infra`. */
function spawnNode(script: string): ChildProcess {
  const source = `import * as infra from ${JSON.stringify(indexFile)};\n${script}`;
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", source], {
    cwd: repositoryRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function firstLine(child: ChildProcess): Promise<string> {
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  return chunk.toString().trim();
}

let workDir: string;
beforeAll(async () => {
  // mkdtemp makes a 700 root folder: the postgres OS user can only get in if we fix traversal.
  workDir = await mkdtemp(join(tmpdir(), "infra-pg-test-"));
});
afterAll(async () => {
  expect(processesUsing(workDir)).toEqual([]);
  await rm(workDir, { recursive: true, force: true });
});

describe("startEmbeddedPostgres", () => {
  it("keeps data across stop and start, and leaves no process behind", async () => {
    const dataDir = join(workDir, "keeps-data");
    const first = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password });
    await query(first.adminUrl, "CREATE TABLE dancers (name text); INSERT INTO dancers VALUES ('Ada')");
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);
    await first.stop();
    await first.stop();
    expect(processesUsing(dataDir)).toEqual([]);
    expect(await stat(join(dataDir, "postmaster.pid")).catch(() => "gone")).toBe("gone");

    const second = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password });
    try {
      expect(await query(second.adminUrl, "SELECT name FROM dancers")).toEqual([{ name: "Ada" }]);
    } finally {
      await second.stop();
    }
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it("requires the password over TCP and listens on 127.0.0.1 only", async () => {
    const port = await findFreePort();
    const server = await startEmbeddedPostgres({ dataDir: join(workDir, "auth"), port, password });
    try {
      expect(server.adminUrl).toBe(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`);
      const wrong = `postgres://postgres:nope@127.0.0.1:${port}/postgres`;
      await expect(query(wrong, "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
      const rules = await query<{ type: string; auth_method: string }>(
        server.adminUrl,
        "SELECT type, auth_method FROM pg_hba_file_rules",
      );
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.every((rule) => rule.auth_method === "scram-sha-256")).toBe(true);
      const [settings] = await query(
        server.adminUrl,
        `SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets,
                current_setting('max_connections') AS max_connections,
                pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = 'postgres'`,
      );
      // 250, not PostgreSQL's 100: the fleet's connection check leaves the apps (pools and job workers) 80% of it.
      expect(settings).toEqual({ listen: "127.0.0.1", sockets: "", max_connections: "250", encoding: "UTF8" });
    } finally {
      await server.stop();
    }
  });

  it("starts although postmaster.pid names a live process that is not PostgreSQL", async () => {
    const dataDir = join(workDir, "reused-pid");
    await (await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password })).stop();
    const unrelated = spawn("sleep", ["60"]);
    try {
      const leftover = `${unrelated.pid}\n${dataDir}\n1700000000\n5432\n\n127.0.0.1\n  1234  5678\nready   \n`;
      await writeFile(join(dataDir, "postmaster.pid"), leftover);
      const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password });
      try {
        expect(await query(server.adminUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
        const pidLine = (await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0];
        expect(Number(pidLine)).not.toBe(unrelated.pid);
      } finally {
        await server.stop();
      }
    } finally {
      unrelated.kill();
    }
  });

  it("refuses a second server on a folder whose PostgreSQL is still owned by a live process", async () => {
    const dataDir = join(workDir, "in-use");
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password });
    try {
      await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort(), password })).rejects.toThrow(
        /already running/,
      );
      expect(await query(server.adminUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await server.stop();
    }
  });

  it("recovers the folder after the process that started PostgreSQL was killed", async () => {
    const dataDir = join(workDir, "orphan");
    const port = await findFreePort();
    const owner = spawnNode(
      `await infra.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, password: "pw" });
       console.log("ready"); setInterval(() => {}, 1000);`,
    );
    try {
      expect(await firstLine(owner)).toBe("ready");
    } finally {
      owner.kill("SIGKILL");
    }
    await once(owner, "exit");
    const orphans = processesUsing(dataDir);
    expect(orphans.length).toBeGreaterThan(0);

    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password: "pw" });
    try {
      expect(await query(server.adminUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
      const stillUsing = processesUsing(dataDir);
      expect(orphans.filter((orphan) => stillUsing.includes(orphan))).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe("importing @stepperslife/infra", () => {
  it("leaves the exit code and the host's own signal handling alone", async () => {
    const drains = spawnNode("process.exitCode = 3;");
    const [drainCode] = (await once(drains, "exit")) as [number];
    expect(drainCode).toBe(3);

    const handlesSigterm = spawnNode(
      `process.on("SIGTERM", () => setTimeout(() => { console.log("cleaned up"); process.exit(0); }, 300));
       console.log("ready"); setInterval(() => {}, 1000);`,
    );
    let output = "";
    handlesSigterm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    expect(await firstLine(handlesSigterm)).toBe("ready");
    handlesSigterm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    handlesSigterm.kill("SIGTERM");
    const [sigtermCode] = (await once(handlesSigterm, "exit")) as [number];
    expect({ sigtermCode, output: output.trim() }).toEqual({ sigtermCode: 0, output: "cleaned up" });
  });

  it("stops PostgreSQL when the process exits without calling stop()", async () => {
    const dataDir = join(workDir, "exit-guard");
    const forgetful = spawnNode(
      `await infra.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${await findFreePort()}, password: "pw" });
       console.log("ready"); setTimeout(() => process.exit(0), 100);`,
    );
    expect(await firstLine(forgetful)).toBe("ready");
    await once(forgetful, "exit");
    const deadline = Date.now() + 20_000;
    while (processesUsing(dataDir).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(processesUsing(dataDir)).toEqual([]);
  });
});
