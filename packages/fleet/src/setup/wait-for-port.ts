import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

function portAnswers(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Waits until something accepts TCP connections on the port, or throws after the timeout. */
export async function waitForPort({ port, host = "127.0.0.1", timeoutMs, name }: {
  port: number;
  host?: string;
  timeoutMs: number;
  name: string;
}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portAnswers(port, host)) return;
    await sleep(200);
  }
  throw new Error(`${name} did not open port ${port} within ${Math.round(timeoutMs / 1000)} s (see \`npx pm2 logs ${name}\`)`);
}

export async function isPortInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return portAnswers(port, host);
}
