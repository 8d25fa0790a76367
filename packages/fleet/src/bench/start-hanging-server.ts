import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP server that accepts connections and never answers: a hung app (alive to the kernel, dead to HTTP), the
 * worst case for a caller, since nothing fails fast and only the caller's own timeout ends the wait.
 */
export async function startHangingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
