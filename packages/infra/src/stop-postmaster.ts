import { readFile } from "node:fs/promises";

export interface StopPostmasterOptions {
  pid: number;
  /** How long a fast shutdown may take before we escalate to an immediate one. */
  timeoutMs?: number;
}

/**
 * Fast shutdown (SIGINT: abort transactions, checkpoint, exit), then immediate shutdown (SIGQUIT) if
 * it hangs. Waits until the postmaster is gone; its children exit with it.
 */
export async function stopPostmaster({ pid, timeoutMs = 60_000 }: StopPostmasterOptions): Promise<void> {
  if (!sendSignal(pid, "SIGINT")) return;
  if (await waitForExit(pid, timeoutMs)) return;
  sendSignal(pid, "SIGQUIT");
  if (await waitForExit(pid, 10_000)) return;
  throw new Error(`PostgreSQL (pid ${pid}) did not exit after SIGINT and SIGQUIT`);
}

/** False when the process no longer exists. */
function sendSignal(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!sendSignal(pid, 0) || (await isZombie(pid))) return true;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  return false;
}

/**
 * An orphaned postmaster is reaped by whatever adopted it; until then it lingers as a zombie that
 * still answers signal 0 although it has exited.
 */
async function isZombie(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}
