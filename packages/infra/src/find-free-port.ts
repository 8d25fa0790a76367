import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that was free a moment ago. Another process can still take it before the
 * caller binds, so callers should bind soon after asking.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("The OS did not report a TCP port for 127.0.0.1:0"));
        return;
      }
      server.close((error) => (error ? reject(error) : resolve(address.port)));
    });
  });
}
