import { readFile, rm } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { stopPostmaster } from "./stop-postmaster";

export interface ClearStalePostmasterPidOptions {
  dataDir: string;
  log?: (line: string) => void;
}

/**
 * Makes the data folder startable after a crash. postmaster.pid names the PID that owned the
 * cluster; PostgreSQL itself refuses to start while any live process has that PID, which after a
 * crash is often an unrelated process that reused it. We remove the file when the recorded
 * process is gone or is not a postmaster of this folder, and stop an orphaned postmaster of this
 * folder (adopted by PID 1 after the Node process that started it was killed). A postmaster of this
 * folder still owned by a live process is left alone: starting a second one would be an error.
 */
export async function clearStalePostmasterPid({ dataDir, log }: ClearStalePostmasterPidOptions): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  let recorded: string;
  try {
    recorded = await readFile(pidFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const pid = Number.parseInt(recorded.split("\n")[0] ?? "", 10);
  const holder = Number.isInteger(pid) && pid > 0 ? await describeProcess(pid) : undefined;

  if (!holder) {
    await rm(pidFile, { force: true });
    log?.(`Removed stale ${pidFile}: process ${pid} is gone`);
    return;
  }
  if (holder.platformUnknown) {
    throw new Error(`${pidFile} names process ${pid}, which is still running; stop it before starting PostgreSQL`);
  }
  if (!isPostmasterOf(holder.argv, dataDir)) {
    await rm(pidFile, { force: true });
    log?.(`Removed stale ${pidFile}: process ${pid} is not PostgreSQL (its PID was reused)`);
    return;
  }
  if (holder.parentPid === 1) {
    log?.(`Stopping orphaned PostgreSQL (pid ${pid}) left running on ${dataDir}`);
    await stopPostmaster({ pid });
    return;
  }
  throw new Error(
    `PostgreSQL (pid ${pid}) is already running on ${dataDir}, started by process ${holder.parentPid}; stop that first`,
  );
}

interface ProcessDescription {
  argv: string[];
  parentPid: number | undefined;
  /** No /proc to inspect: we only know the process exists. */
  platformUnknown: boolean;
}

async function describeProcess(pid: number): Promise<ProcessDescription | undefined> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return undefined;
    throw error;
  }
  if (process.platform !== "linux") return { argv: [], parentPid: undefined, platformUnknown: true };
  try {
    const [cmdline, status] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, "utf8"),
      readFile(`/proc/${pid}/status`, "utf8"),
    ]);
    if (/^State:\s+Z/m.test(status)) return undefined;
    const parentPid = Number.parseInt(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? "", 10);
    return { argv: cmdline.split("\0").filter(Boolean), parentPid, platformUnknown: false };
  } catch {
    // It exited between the signal check and reading /proc.
    return undefined;
  }
}

function isPostmasterOf(argv: string[], dataDir: string): boolean {
  const dataDirIndex = argv.indexOf("-D");
  const argvDataDir = dataDirIndex >= 0 ? argv[dataDirIndex + 1] : undefined;
  return (
    argv[0] !== undefined &&
    basename(argv[0]) === "postgres" &&
    argvDataDir !== undefined &&
    resolve(argvDataDir) === resolve(dataDir)
  );
}
